<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <source>No space left on device: {free} free, about {needed} needed</source>
        <translation>디스크 공간이 부족해요: 남은 공간 {free}, 필요한 공간 약 {needed}</translation>
    </message>
    <message>
        <source>Training needs at least two class folders in {root}; found {count}.</source>
        <translation>학습하려면 {root}에 클래스 폴더가 두 개 이상 있어야 해요. 지금은 {count}개예요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has {count} readable photo; at least {minimum} are needed to train.</source>
        <translation>&apos;{name}&apos; 클래스에 읽을 수 있는 사진이 {count}장뿐이에요. 학습하려면 {minimum}장 이상 필요해요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has {count} readable photos; at least {minimum} are needed to train.</source>
        <translation>&apos;{name}&apos; 클래스에 읽을 수 있는 사진이 {count}장뿐이에요. 학습하려면 {minimum}장 이상 필요해요.</translation>
    </message>
    <message>
        <source>they are all copies of the same photo</source>
        <translation>모두 똑같은 사진의 복사본이에요</translation>
    </message>
    <message>
        <source>only {count} of them are different</source>
        <translation>그중 서로 다른 사진은 {count}장뿐이에요</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has {count} readable photos, but {which}, and copies of the same photo count once; at least {minimum} different photos are needed to train.</source>
        <translation>&apos;{name}&apos; 클래스에 읽을 수 있는 사진이 {count}장 있지만 {which}. 똑같은 사진은 한 장으로 세기 때문에, 학습하려면 서로 다른 사진이 {minimum}장 이상 필요해요.</translation>
    </message>
    <message>
        <source>The folder {root} does not exist or is not a folder.</source>
        <translation>{root} 폴더가 없거나 폴더가 아니에요.</translation>
    </message>
    <message>
        <source>The folder {root} cannot be read: permission denied.</source>
        <translation>{root} 폴더를 읽을 수 없어요: 권한이 없어요.</translation>
    </message>
    <message>
        <source>Class folder(s) not found in {root}: {names}.</source>
        <translation>{root}에서 클래스 폴더를 찾을 수 없어요: {names}.</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>파일을 읽을 수 없어요 ({detail})</translation>
    </message>
    <message>
        <source>this folder cannot be opened ({detail})</source>
        <translation>이 폴더를 열 수 없어요 ({detail})</translation>
    </message>
    <message>
        <source>this folder cannot be read ({detail})</source>
        <translation>이 폴더를 읽을 수 없어요 ({detail})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아니에요</translation>
    </message>
    <message>
        <source>this entry cannot be read ({detail})</source>
        <translation>이 항목을 읽을 수 없어요 ({detail})</translation>
    </message>
    <message>
        <source>a shortcut (symbolic link) that points back to itself</source>
        <translation>자기 자신을 가리키는 바로 가기(심볼릭 링크)예요</translation>
    </message>
    <message>
        <source>a shortcut (symbolic link) whose target no longer exists</source>
        <translation>가리키는 대상이 더 이상 없는 바로 가기(심볼릭 링크)예요</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photo ({count} with {copies} exact copy, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation>&apos;{name}&apos; 클래스에 서로 다른 사진이 {different}장뿐이에요 (똑같은 사진 {copies}장을 포함해 {count}장이고, 똑같은 사진은 한 장으로 쳐요). 클래스마다 서로 다른 사진이 {minimum}장 이상이면 결과가 훨씬 좋아져요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photo ({count} with {copies} exact copies, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation>&apos;{name}&apos; 클래스에 서로 다른 사진이 {different}장뿐이에요 (똑같은 사진 {copies}장을 포함해 {count}장이고, 똑같은 사진은 한 장으로 쳐요). 클래스마다 서로 다른 사진이 {minimum}장 이상이면 결과가 훨씬 좋아져요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photos ({count} with {copies} exact copy, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation>&apos;{name}&apos; 클래스에 서로 다른 사진이 {different}장뿐이에요 (똑같은 사진 {copies}장을 포함해 {count}장이고, 똑같은 사진은 한 장으로 쳐요). 클래스마다 서로 다른 사진이 {minimum}장 이상이면 결과가 훨씬 좋아져요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photos ({count} with {copies} exact copies, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation>&apos;{name}&apos; 클래스에 서로 다른 사진이 {different}장뿐이에요 (똑같은 사진 {copies}장을 포함해 {count}장이고, 똑같은 사진은 한 장으로 쳐요). 클래스마다 서로 다른 사진이 {minimum}장 이상이면 결과가 훨씬 좋아져요.</translation>
    </message>
    <message>
        <source>Found {count} class folder(s); training needs at least two.</source>
        <translation>클래스 폴더가 {count}개 있어요. 학습하려면 두 개 이상 필요해요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {count} photo; {minimum} or more per class give much better results.</source>
        <translation>&apos;{name}&apos; 클래스에 사진이 {count}장뿐이에요. 클래스마다 {minimum}장 이상이면 결과가 훨씬 좋아져요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {count} photos; {minimum} or more per class give much better results.</source>
        <translation>&apos;{name}&apos; 클래스에 사진이 {count}장뿐이에요. 클래스마다 {minimum}장 이상이면 결과가 훨씬 좋아져요.</translation>
    </message>
    <message>
        <source>The classes are unbalanced: &apos;{big}&apos; has {big_count} photos, &apos;{small}&apos; only {small_count} ({ratio}×). The model may favour the larger class.</source>
        <translation>클래스별 사진 수가 고르지 않아요: &apos;{big}&apos;에는 {big_count}장, &apos;{small}&apos;에는 {small_count}장뿐이에요 ({ratio}배). 모델이 사진이 많은 클래스 쪽으로 치우칠 수 있어요.</translation>
    </message>
    <message>
        <source>The same photo is in several classes ({classes}): {paths}</source>
        <translation>같은 사진이 여러 클래스에 들어 있어요 ({classes}): {paths}</translation>
    </message>
    <message>
        <source>{count} photo is an exact copy of another; copies add nothing to training.</source>
        <translation>사진 {count}장이 다른 사진과 똑같은 사진이에요. 똑같은 사진은 학습에 도움이 되지 않아요.</translation>
    </message>
    <message>
        <source>{count} photos are an exact copy of another; copies add nothing to training.</source>
        <translation>사진 {count}장이 다른 사진과 똑같은 사진이에요. 똑같은 사진은 학습에 도움이 되지 않아요.</translation>
    </message>
    <message>
        <source>{count} file cannot be read and will be left out (see the list of skipped files).</source>
        <translation>파일 {count}개를 읽을 수 없어서 빼고 진행해요 (건너뛴 파일 목록을 보세요).</translation>
    </message>
    <message>
        <source>{count} files cannot be read and will be left out (see the list of skipped files).</source>
        <translation>파일 {count}개를 읽을 수 없어서 빼고 진행해요 (건너뛴 파일 목록을 보세요).</translation>
    </message>
    <message>
        <source>{validation} of {photos} photos kept aside for validation (about {percent}: each photo&apos;s side is decided by its content, so the share is not exact)</source>
        <translation>사진 {photos}장 중 {validation}장을 검증용으로 따로 뒀어요 (약 {percent}: 사진마다 내용에 따라 어느 쪽에 둘지 정해지므로 비율이 정확하지는 않아요)</translation>
    </message>
    <message>
        <source>{correct} of {total} validation photos right — {percent}</source>
        <translation>검증 사진 {total}장 중 {correct}장 맞힘 — {percent}</translation>
    </message>
    <message>
        <source>{summary} (likely {low}–{high})</source>
        <translation>{summary} (실제로는 {low}–{high} 사이일 가능성이 높아요)</translation>
    </message>
    <message>
        <source>Only {total} photos were kept aside to score the model, so this score can move a lot from one run to another. Sort more photos into each class for a score you can trust.</source>
        <translation>모델을 평가하려고 따로 둔 사진이 {total}장뿐이라서, 이 점수는 학습할 때마다 크게 달라질 수 있어요. 믿을 만한 점수를 얻으려면 클래스마다 사진을 더 분류해 넣으세요.</translation>
    </message>
    <message>
        <source>The model could not be exported to {out}: {reason}. Nothing was changed.</source>
        <translation>모델을 {out}(으)로 내보내지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{out} is not a name an export can take; choose a file name.</source>
        <translation>{out}은(는) 내보내기에 쓸 수 있는 이름이 아니에요. 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{path} is a folder; an export replaces only a file there. Choose another name.</source>
        <translation>{path}은(는) 폴더예요. 내보내기는 그 자리의 파일만 바꿔 쓸 수 있어요. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{out} already exists (and so does {beside}); choose another name.</source>
        <translation>{out}이(가) 이미 있어요 ({beside}도 있어요). 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{out} already exists; choose another name.</source>
        <translation>{out}이(가) 이미 있어요. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{beside} already exists, and an export to {out} would replace it; choose another name.</source>
        <translation>{beside}이(가) 이미 있어서 {out}(으)로 내보내면 그 파일을 바꿔 쓰게 돼요. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{beside} already exist, and an export to {out} would replace them; choose another name.</source>
        <translation>{beside}이(가) 이미 있어서 {out}(으)로 내보내면 그 파일들을 바꿔 쓰게 돼요. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{folder} is not an earlier SavedModel export ({refusal}); only one is ever replaced. Choose another name.</source>
        <translation>{folder}은(는) 이전에 내보낸 SavedModel이 아니에요 ({refusal}). 이전에 내보낸 것만 바꿔 쓸 수 있어요. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>링크예요</translation>
    </message>
    <message>
        <source>it is a file</source>
        <translation>파일이에요</translation>
    </message>
    <message>
        <source>it also holds {names} and {count} more</source>
        <translation>{names} 외 {count}개가 더 들어 있어요</translation>
    </message>
    <message>
        <source>it also holds {names}</source>
        <translation>{names}도 들어 있어요</translation>
    </message>
    <message>
        <source>it has no saved_model.pb</source>
        <translation>saved_model.pb 파일이 없어요</translation>
    </message>
    <message>
        <source>its variables folder also holds {name}</source>
        <translation>variables 폴더에 {name}도 들어 있어요</translation>
    </message>
    <message>
        <source>its assets folder is not empty</source>
        <translation>assets 폴더가 비어 있지 않아요</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼어요</translation>
    </message>
    <message>
        <source>the computer ran out of memory or disk space</source>
        <translation>컴퓨터의 메모리나 디스크 공간이 부족해요</translation>
    </message>
    <message>
        <source>TensorFlow Lite could not convert this model ({detail}).</source>
        <translation>TensorFlow Lite가 이 모델을 변환하지 못했어요 ({detail}).</translation>
    </message>
    <message>
        <source>The export could not be checked: this model has no validation photos saved with it (only a model in its run folder has them).</source>
        <translation>내보낸 모델을 확인할 수 없어요: 이 모델에는 함께 저장된 검증 사진이 없어요 (학습 기록 폴더에 있는 모델만 검증 사진을 갖고 있어요).</translation>
    </message>
    <message>
        <source>The export could not be checked: none of the run&apos;s validation photos could be read (were they moved or deleted?).</source>
        <translation>내보낸 모델을 확인할 수 없어요: 이 학습 기록의 검증 사진을 하나도 읽을 수 없어요 (옮기거나 지우셨나요?).</translation>
    </message>
    <message>
        <source>{same} of {photos} photos get the same answer as in Alpaca Studio (largest difference {largest}).</source>
        <translation>사진 {photos}장 중 {same}장이 Alpaca Studio와 같은 답을 받았어요 (가장 큰 차이 {largest}).</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 외 {count}개</translation>
    </message>
    <message>
        <source>{same} of {photos} photos get the same answer as in Alpaca Studio (largest difference {largest}); the export answers differently for {names}. Do not use this export: export again, or report it.</source>
        <translation>사진 {photos}장 중 {same}장이 Alpaca Studio와 같은 답을 받았어요 (가장 큰 차이 {largest}). 내보낸 모델은 {names}에 다른 답을 해요. 이 내보내기는 쓰지 마세요: 다시 내보내거나 문제를 알려 주세요.</translation>
    </message>
    <message>
        <source>The export {path} could not be run to check it ({detail}).</source>
        <translation>확인하려고 내보낸 모델 {path}을(를) 실행하지 못했어요 ({detail}).</translation>
    </message>
    <message>
        <source>The export {path} gives {answers} answers per photo, not the {expected} of the model it came from.</source>
        <translation>내보낸 모델 {path}은(는) 사진마다 답을 {answers}개 내요. 원래 모델은 {expected}개를 내요.</translation>
    </message>
    <message>
        <source>Loading the export {path} in Keras took longer than {minutes} minutes.</source>
        <translation>내보낸 모델 {path}을(를) Keras에서 불러오는 데 {minutes}분이 넘게 걸렸어요.</translation>
    </message>
    <message>
        <source>The export {path} does not load in plain Keras ({detail}).</source>
        <translation>내보낸 모델 {path}을(를) 일반 Keras에서 불러올 수 없어요 ({detail}).</translation>
    </message>
    <message>
        <source>under 0.1%</source>
        <translation>0.1% 미만</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유를 알 수 없어요</translation>
    </message>
    <message>
        <source>The README {path} could not be written: {reason}.</source>
        <translation>README 파일 {path}을(를) 쓰지 못했어요: {reason}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a file with content</source>
        <translation>내용이 있는 파일이 아닌 이름 있는 파이프</translation>
    </message>
    <message>
        <source>a device, not a file with content</source>
        <translation>내용이 있는 파일이 아닌 장치</translation>
    </message>
    <message>
        <source>a socket, not a file with content</source>
        <translation>내용이 있는 파일이 아닌 소켓</translation>
    </message>
    <message>
        <source>{target} is in use by another Alpaca Studio process (training or saving a run there right now); wait for it to finish, or choose another name.</source>
        <translation>{target}은(는) 다른 Alpaca Studio 프로세스가 쓰고 있어요 (지금 그곳에서 학습하거나 학습 기록을 저장하는 중이에요). 끝날 때까지 기다리거나 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{target} is in use by another Alpaca Studio process (training or saving a export there right now); wait for it to finish, or choose another name.</source>
        <translation>{target}은(는) 다른 Alpaca Studio 프로세스가 쓰고 있어요 (지금 그곳에 내보내는 중이에요). 끝날 때까지 기다리거나 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{target} is in use by another Alpaca Studio process (training or saving a {what} there right now); wait for it to finish, or choose another name.</source>
        <translation>{target}은(는) 다른 Alpaca Studio 프로세스가 쓰고 있어요 (지금 그곳에서 학습하거나 {what}을(를) 저장하는 중이에요). 끝날 때까지 기다리거나 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>Finding the photos&apos; features was cancelled.</source>
        <translation>사진의 특징 찾기를 취소했어요.</translation>
    </message>
    <message>
        <source>Heatmaps need a model trained in Alpaca Studio; this model lacks its MobileNetV2 parts ({parts}).</source>
        <translation>모델이 본 곳을 보려면 Alpaca Studio에서 학습한 모델이 필요해요. 이 모델에는 MobileNetV2 부분이 없어요 ({parts}).</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>파일이 손상되었어요 ({detail})</translation>
    </message>
    <message>
        <source>The heatmap {path} could not be written: {reason}.</source>
        <translation>모델이 본 곳 이미지 {path}을(를) 쓰지 못했어요: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the heatmaps could not be made: {reason}.</source>
        <translation>모델이 본 곳 이미지를 넣을 {folder} 폴더를 만들지 못했어요: {reason}.</translation>
    </message>
    <message>
        <source>its heatmap would replace the photo {target}; nothing was written</source>
        <translation>모델이 본 곳 이미지가 사진 {target}을(를) 덮어쓰게 되어 아무것도 쓰지 않았어요</translation>
    </message>
    <message>
        <source>Making heatmaps was cancelled.</source>
        <translation>모델이 본 곳 만들기를 취소했어요.</translation>
    </message>
    <message>
        <source>the picture is too large to open safely ({detail}); refused as a possible decompression bomb</source>
        <translation>그림이 너무 커서 안전하게 열 수 없어요 ({detail}). 압축 폭탄일 수 있어서 열지 않았어요</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>사진이 아니라 폴더예요</translation>
    </message>
    <message>
        <source>this is {kind}, not a photo</source>
        <translation>사진이 아니에요 ({kind})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>파일이 비어 있어요 (0바이트)</translation>
    </message>
    <message>
        <source>more than {megapixels} megapixels</source>
        <translation>{megapixels}메가픽셀 초과</translation>
    </message>
    <message>
        <source>not a photo Alpaca Studio can read (supported: JPEG, PNG, BMP, GIF, WebP, TIFF)</source>
        <translation>Alpaca Studio가 읽을 수 있는 사진이 아니에요 (지원 형식: JPEG, PNG, BMP, GIF, WebP, TIFF)</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>파일이 더 이상 없어요</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>권한이 없어서 파일을 읽을 수 없어요</translation>
    </message>
    <message>
        <source>the computer ran out of memory opening this picture</source>
        <translation>이 그림을 여는 동안 컴퓨터의 메모리가 부족해졌어요</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete ({detail})</source>
        <translation>파일이 손상되었거나 일부가 없어요 ({detail})</translation>
    </message>
    <message>
        <source>{width}×{height} pixels, more than {megapixels} megapixels</source>
        <translation>{width}×{height}픽셀, {megapixels}메가픽셀 초과</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>권한이 없어요</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없어요</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>허용되지 않는 작업이에요</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>허용되지 않는 작업이에요</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>디스크에 남은 공간이 없어요</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>디스크에 남은 공간이 없어요</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>디스크 사용 한도를 넘었어요</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>읽기 전용 디스크예요</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>읽기 전용 디스크예요</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>그런 파일이나 폴더가 없어요</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>그런 파일이나 폴더가 없어요</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>파일이 이미 있어요</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>폴더가 비어 있지 않아요</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>폴더예요</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>폴더가 아니에요</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>파일 이름이 너무 길어요</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>읽기/쓰기 오류예요</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>장치나 자원이 사용 중이에요</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>바로 가기(심볼릭 링크)가 너무 여러 번 이어져요</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>잘못된 값이에요</translation>
    </message>
    <message>
        <source>The weights file {path} is {kind}. Choose the MobileNetV2 ImageNet weights file (.h5).</source>
        <translation>가중치 파일 {path}: {kind}. MobileNetV2 ImageNet 가중치 파일(.h5)을 선택하세요.</translation>
    </message>
    <message>
        <source>The weights file {path} does not exist. Choose the MobileNetV2 ImageNet weights file (.h5) again.</source>
        <translation>가중치 파일 {path}이(가) 없어요. MobileNetV2 ImageNet 가중치 파일(.h5)을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>Alpaca Studio could not get the ImageNet weights for MobileNetV2. They are downloaded once, the first time you train, and this computer could not reach the download (offline, or behind a proxy). Connect to the internet and try again, or get the file &apos;{name}&apos; (about 9 MB) on another computer and choose it as the weights file (command line: --weights FILE). Details: {detail}</source>
        <translation>Alpaca Studio가 MobileNetV2의 ImageNet 가중치를 받지 못했어요. 가중치는 처음 학습할 때 한 번 내려받는데, 이 컴퓨터에서 내려받을 수 없었어요 (오프라인이거나 프록시 뒤에 있어요). 인터넷에 연결한 뒤 다시 해 보거나, 다른 컴퓨터에서 &apos;{name}&apos; 파일(약 9 MB)을 받아 가중치 파일로 선택하세요 (명령줄: --weights 파일). 자세히: {detail}</translation>
    </message>
    <message>
        <source>The file {weights} is not a MobileNetV2 ImageNet weights file Alpaca Studio can use. Choose &apos;{name}&apos; (MobileNetV2 1.0, without its top). Details: {detail}</source>
        <translation>{weights} 파일은 Alpaca Studio가 쓸 수 있는 MobileNetV2 ImageNet 가중치 파일이 아니에요. &apos;{name}&apos;(MobileNetV2 1.0, 분류 층 없음)을 선택하세요. 자세히: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Keras model file (.keras), or it is damaged ({detail}).</source>
        <translation>{path}은(는) Keras 모델 파일(.keras)이 아니거나 손상되었어요 ({detail}).</translation>
    </message>
    <message>
        <source>{path} was not loaded: {reason}. A real model file is never like this; it is damaged or made to harm.</source>
        <translation>{path}을(를) 불러오지 않았어요: {reason}. 정상적인 모델 파일은 이렇지 않아요. 손상되었거나 해를 끼치려고 만든 파일이에요.</translation>
    </message>
    <message>
        <source>it holds {count} files (a model holds a handful; at most {maximum} are accepted)</source>
        <translation>파일이 {count}개 들어 있어요 (모델에는 몇 개뿐이고, 최대 {maximum}개까지만 받아요)</translation>
    </message>
    <message>
        <source>it holds a file named {name} that points outside the archive</source>
        <translation>압축 파일 밖을 가리키는 {name} 파일이 들어 있어요</translation>
    </message>
    <message>
        <source>its {name} unpacks to {size} (such a file is at most a few MB; at most {maximum} is accepted)</source>
        <translation>{name}의 압축을 풀면 {size}이에요 (이런 파일은 보통 몇 MB 이하이고, 최대 {maximum}까지만 받아요)</translation>
    </message>
    <message>
        <source>its {name} unpacks to {size} (at most {maximum} is accepted)</source>
        <translation>{name}의 압축을 풀면 {size}이에요 (최대 {maximum}까지만 받아요)</translation>
    </message>
    <message>
        <source>its {name} unpacks from {packed} to {size}, far more than model weights ever compress</source>
        <translation>{name}의 압축을 풀면 {packed}에서 {size}(으)로 늘어나요. 모델 가중치는 이렇게까지 압축되지 않아요</translation>
    </message>
    <message>
        <source>it unpacks to {size} in all (at most {maximum} is accepted)</source>
        <translation>압축을 풀면 모두 {size}이에요 (최대 {maximum}까지만 받아요)</translation>
    </message>
    <message>
        <source>The model could not be saved in {folder}: {reason}.</source>
        <translation>모델을 {folder}에 저장하지 못했어요: {reason}.</translation>
    </message>
    <message>
        <source>Two class names become the same label once written to a labels file ({labels}); rename one of the class folders.</source>
        <translation>두 클래스 이름이 레이블 파일에 쓰면 같은 레이블이 돼요 ({labels}). 클래스 폴더 중 하나의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <source>No model found in the folder {path}. Choose a run folder or a .keras file.</source>
        <translation>{path} 폴더에 모델이 없어요. 학습 기록 폴더나 .keras 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>No model found at {path}. Choose a run folder or a .keras file.</source>
        <translation>{path}에 모델이 없어요. 학습 기록 폴더나 .keras 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a model file. Choose a run folder or a .keras file.</source>
        <translation>{path}은(는) 모델 파일이 아니에요 ({kind}). 학습 기록 폴더나 .keras 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>{path} is not a Keras model file (.keras), or it is damaged.</source>
        <translation>{path}은(는) Keras 모델 파일(.keras)이 아니거나 손상되었어요.</translation>
    </message>
    <message>
        <source>{path} contains program code; Alpaca Studio does not run code from model files.</source>
        <translation>{path}에 프로그램 코드가 들어 있어요. Alpaca Studio는 모델 파일 안의 코드를 실행하지 않아요.</translation>
    </message>
    <message>
        <source>{path} does not give probabilities: its last layer ({layer}) ends in a &apos;{activation}&apos; activation, not sigmoid or softmax, so its answers would not be between 0 and 1. Add a sigmoid (one output) or softmax (several) layer and save it again.</source>
        <translation>{path}은(는) 확률을 내지 않아요: 마지막 층({layer})이 sigmoid나 softmax가 아닌 &apos;{activation}&apos; 활성화로 끝나서 답이 0과 1 사이가 아니에요. sigmoid(출력 하나)나 softmax(출력 여러 개) 층을 더해 다시 저장하세요.</translation>
    </message>
    <message>
        <source>{folder} is not a complete run ({reason}); train again or choose another run.</source>
        <translation>{folder}은(는) 완전한 학습 기록이 아니에요 ({reason}). 다시 학습하거나 다른 학습 기록을 선택하세요.</translation>
    </message>
    <message>
        <source>{path} is not an image classifier Alpaca Studio can use (it expects input of shape {shape}, not square RGB photos).</source>
        <translation>{path}은(는) Alpaca Studio가 쓸 수 있는 이미지 분류 모델이 아니에요 (정사각형 RGB 사진이 아니라 {shape} 모양의 입력을 받아요).</translation>
    </message>
    <message>
        <source>{path} has several outputs; Alpaca Studio needs one.</source>
        <translation>{path}은(는) 출력이 여러 개예요. Alpaca Studio에는 출력이 하나인 모델이 필요해요.</translation>
    </message>
    <message>
        <source>The metadata file {path} cannot be read ({reason}).</source>
        <translation>메타데이터 파일 {path}을(를) 읽을 수 없어요 ({reason}).</translation>
    </message>
    <message>
        <source>{metadata} names {names} classes but the model in {path} has {outputs} outputs; they do not belong together.</source>
        <translation>{metadata}에는 클래스가 {names}개인데 {path}의 모델은 출력이 {outputs}개예요. 서로 짝이 맞지 않아요.</translation>
    </message>
    <message>
        <source>{metadata} says the model takes {said} px photos but the model in {path} takes {takes} px; they do not belong together.</source>
        <translation>{metadata}에는 모델이 {said}px 사진을 받는다고 되어 있지만 {path}의 모델은 {takes}px를 받아요. 서로 짝이 맞지 않아요.</translation>
    </message>
    <message>
        <source>The model in {path} has {classes} classes; {names} names were given.</source>
        <translation>{path}의 모델은 클래스가 {classes}개인데 이름은 {names}개만 주어졌어요.</translation>
    </message>
    <message>
        <source>{path} could not be loaded: it is damaged or was made by an incompatible program ({detail}).</source>
        <translation>{path}을(를) 불러오지 못했어요: 손상되었거나 호환되지 않는 프로그램으로 만든 파일이에요 ({detail}).</translation>
    </message>
    <message>
        <source>Few sorted photos in {classes}: suggestions get better with {minimum} or more per class.</source>
        <translation>분류한 사진이 적은 클래스가 있어요: {classes}. 클래스마다 {minimum}장 이상이면 제안이 더 정확해져요.</translation>
    </message>
    <message>
        <source>{root} needs at least two class folders with photos; found {count}.</source>
        <translation>{root}에 사진이 든 클래스 폴더가 두 개 이상 있어야 해요. 지금은 {count}개예요.</translation>
    </message>
    <message>
        <source>Every class folder in {root} needs readable photos first; {names} has none.</source>
        <translation>먼저 {root}의 모든 클래스 폴더에 읽을 수 있는 사진이 있어야 해요. {names}에는 사진이 없어요.</translation>
    </message>
    <message>
        <source>Every class folder in {root} needs readable photos first; {names} have none.</source>
        <translation>먼저 {root}의 모든 클래스 폴더에 읽을 수 있는 사진이 있어야 해요. {names}에는 사진이 없어요.</translation>
    </message>
    <message>
        <source>The photo check was cancelled.</source>
        <translation>사진 검사를 취소했어요.</translation>
    </message>
    <message>
        <source>Computing the photos&apos; features was cancelled.</source>
        <translation>사진의 특징 계산을 취소했어요.</translation>
    </message>
    <message>
        <source>it could not be put back in {folder}: {reason}</source>
        <translation>{folder}(으)로 되돌려 놓지 못했어요: {reason}</translation>
    </message>
    <message>
        <source>the copy was changed after it was made, so it was kept rather than deleted</source>
        <translation>복사한 뒤에 복사본이 바뀌어서 지우지 않고 남겨 두었어요</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>파일이 아니에요</translation>
    </message>
    <message>
        <source>the photo no longer exists (it was moved or deleted)</source>
        <translation>사진이 더 이상 없어요 (옮겨졌거나 지워졌어요)</translation>
    </message>
    <message>
        <source>the disk is full (no room in {folder})</source>
        <translation>디스크가 가득 찼어요 ({folder}에 공간이 없어요)</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>{folder} 폴더는 읽기 전용이에요</translation>
    </message>
    <message>
        <source>the folder {folder} no longer exists</source>
        <translation>{folder} 폴더가 더 이상 없어요</translation>
    </message>
    <message>
        <source>the file system refused: {reason}</source>
        <translation>파일 시스템이 거부했어요: {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written in (permission denied)</source>
        <translation>{folder} 폴더에 쓸 수 없어요 (권한이 없어요)</translation>
    </message>
    <message>
        <source>the photo cannot be taken out of {folder} (permission denied); it was left where it is</source>
        <translation>{folder}에서 사진을 꺼낼 수 없어서 (권한이 없어요) 그 자리에 두었어요</translation>
    </message>
    <message>
        <source>permission denied ({where})</source>
        <translation>권한이 없어요 ({where})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없어요</translation>
    </message>
    <message>
        <source>Prediction was cancelled.</source>
        <translation>예측을 취소했어요.</translation>
    </message>
    <message>
        <source>some of its answers are not numbers (NaN or infinite)</source>
        <translation>답 중 일부가 숫자가 아니에요 (NaN 또는 무한대)</translation>
    </message>
    <message>
        <source>it answers values outside 0–1 (such as {worst})</source>
        <translation>0–1 밖의 값을 답해요 (예: {worst})</translation>
    </message>
    <message>
        <source>its answers for the classes of a photo do not add up to 1</source>
        <translation>한 사진에 대한 클래스별 답을 더해도 1이 되지 않아요</translation>
    </message>
    <message>
        <source>{path} does not give probabilities: {problem}. Its last layer needs a sigmoid (one output) or softmax (several); Alpaca Studio does not show such scores as probabilities.</source>
        <translation>{path}은(는) 확률을 내지 않아요: {problem}. 마지막 층이 sigmoid(출력 하나)나 softmax(출력 여러 개)여야 해요. Alpaca Studio는 이런 점수를 확률로 보여 주지 않아요.</translation>
    </message>
    <message>
        <source>{path} is a folder; the CSV needs a file name.</source>
        <translation>{path}은(는) 폴더예요. CSV에는 파일 이름이 필요해요.</translation>
    </message>
    <message>
        <source>{path} is {kind}; the CSV needs the name of a file.</source>
        <translation>{path}은(는) 파일이 아니에요 ({kind}). CSV에는 파일 이름이 필요해요.</translation>
    </message>
    <message>
        <source>{path} is a picture ({picture}); the CSV never replaces a picture. Choose another name.</source>
        <translation>{path}은(는) 그림 파일이에요 ({picture}). CSV는 그림을 덮어쓰지 않아요. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The CSV file {path} could not be written: {reason}.</source>
        <translation>CSV 파일 {path}을(를) 쓰지 못했어요: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} is {size} MB, far more than such a file holds (at most {limit} MB); it is not read.</source>
        <translation>{path} 파일이 {size} MB예요. 이런 파일로는 너무 커서 (최대 {limit} MB) 읽지 않았어요.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>너무 깊이 중첩되어 있어요</translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged ({detail}).</source>
        <translation>메타데이터 파일 {path}이(가) 손상되었어요 ({detail}).</translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged: &quot;{field}&quot; {problem} (found {value}).</source>
        <translation>메타데이터 파일 {path}이(가) 손상되었어요: &quot;{field}&quot; 항목 — {problem} (들어 있는 값: {value}).</translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged: &quot;{field}&quot; {problem}.</source>
        <translation>메타데이터 파일 {path}이(가) 손상되었어요: &quot;{field}&quot; 항목 — {problem}.</translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged: it holds a JSON {kind}, not the object of fields it should.</source>
        <translation>메타데이터 파일 {path}이(가) 손상되었어요: 항목들로 된 JSON 객체가 아니라 JSON {kind}이(가) 들어 있어요.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {newest} (a newer Alpaca Studio may have written it)</source>
        <translation>1부터 {newest} 사이의 정수여야 해요 (더 새 버전의 Alpaca Studio가 썼을 수 있어요)</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>이름 목록이어야 해요</translation>
    </message>
    <message>
        <source>must name from 2 to {maximum} classes</source>
        <translation>클래스 이름이 2개에서 {maximum}개 사이여야 해요</translation>
    </message>
    <message>
        <source>holds a name that {problem}</source>
        <translation>문제가 있는 이름이 들어 있어요: {problem}</translation>
    </message>
    <message>
        <source>names a class twice</source>
        <translation>같은 클래스 이름이 두 번 들어 있어요</translation>
    </message>
    <message>
        <source>must be a whole number of pixels from {low} to {high}</source>
        <translation>{low}부터 {high} 사이의 정수(픽셀)여야 해요</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1 (exclusive)</source>
        <translation>0과 1 사이의 수여야 해요 (0과 1은 제외)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 해요</translation>
    </message>
    <message>
        <source>must be an object of fields</source>
        <translation>항목들로 된 객체여야 해요</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있어요</translation>
    </message>
    <message>
        <source>is longer than {maximum} characters</source>
        <translation>{maximum}자보다 길어요</translation>
    </message>
    <message>
        <source>holds a line break or another control character</source>
        <translation>줄바꿈이나 다른 제어 문자가 들어 있어요</translation>
    </message>
    <message>
        <source>is not valid text (UTF-8)</source>
        <translation>올바른 텍스트(UTF-8)가 아니에요</translation>
    </message>
    <message>
        <source>it has no {file}: its saving did not finish</source>
        <translation>{file} 파일이 없어요: 저장이 끝나지 않았어요</translation>
    </message>
    <message>
        <source>{files} missing</source>
        <translation>{files} 파일이 없어요</translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation>{file} 파일이 없어요</translation>
    </message>
    <message>
        <source>its {file} does not list the model</source>
        <translation>{file}에 모델이 적혀 있지 않아요</translation>
    </message>
    <message>
        <source>its {file} is damaged ({detail})</source>
        <translation>{file}이(가) 손상되었어요 ({detail})</translation>
    </message>
    <message>
        <source>{folder} is not a saved Alpaca Studio run; nothing was deleted.</source>
        <translation>{folder}은(는) 저장된 Alpaca Studio 학습 기록이 아니에요. 아무것도 지우지 않았어요.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>없어요</translation>
    </message>
    <message>
        <source>{folder} is a file; a run needs a folder.</source>
        <translation>{folder}은(는) 파일이에요. 학습 기록에는 폴더가 필요해요.</translation>
    </message>
    <message>
        <source>{folder} is inside {data}, where it would become a class folder; save the run somewhere else.</source>
        <translation>{folder}은(는) {data} 안에 있어서 클래스 폴더가 되어 버려요. 학습 기록을 다른 곳에 저장하세요.</translation>
    </message>
    <message>
        <source>The run was not saved in {folder}: the folder is no longer claimed for it.</source>
        <translation>학습 기록을 {folder}에 저장하지 않았어요: 그 폴더를 더 이상 이 학습 기록이 쓰고 있지 않아요.</translation>
    </message>
    <message>
        <source>The run was not saved in {folder}: something else was saved there while it trained, and it was left as it is.</source>
        <translation>학습 기록을 {folder}에 저장하지 않았어요: 학습하는 동안 다른 것이 그곳에 저장되어서 그대로 두었어요.</translation>
    </message>
    <message>
        <source>{folder} holds a saved run and other files too ({listed}); only a folder holding a run and nothing else is ever replaced. Choose another folder.</source>
        <translation>{folder}에는 저장된 학습 기록과 다른 파일도 들어 있어요 ({listed}). 학습 기록만 들어 있는 폴더만 바꿔 쓸 수 있어요. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>{folder} already holds other files ({listed}); a run needs a folder of its own: choose a new folder name, or an empty folder.</source>
        <translation>{folder}에 이미 다른 파일이 들어 있어요 ({listed}). 학습 기록에는 전용 폴더가 필요해요: 새 폴더 이름을 정하거나 빈 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>{folder} already holds a saved run ({files}); choose another folder, or add --overwrite to replace it.</source>
        <translation>{folder}에 이미 저장된 학습 기록이 있어요 ({files}). 다른 폴더를 선택하거나, 바꿔 쓰려면 --overwrite를 붙이세요.</translation>
    </message>
    <message>
        <source>its name is too long for this disk</source>
        <translation>이름이 이 디스크에 쓰기에는 너무 길어요</translation>
    </message>
    <message>
        <source>the disk is full ({detail})</source>
        <translation>디스크가 가득 찼어요 ({detail})</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용이에요</translation>
    </message>
    <message>
        <source>{folder} is not a folder you can write in</source>
        <translation>{folder}은(는) 쓸 수 있는 폴더가 아니에요</translation>
    </message>
    <message>
        <source>its folder does not exist or is not a folder one can save in</source>
        <translation>폴더가 없거나 저장할 수 있는 폴더가 아니에요</translation>
    </message>
    <message>
        <source>The run cannot be saved in {folder}: {reason}.</source>
        <translation>학습 기록을 {folder}에 저장할 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>The run was not saved: training went wrong (some of its numbers are not numbers, NaN). Try a smaller learning rate.</source>
        <translation>학습 기록을 저장하지 않았어요: 학습이 잘못되었어요 (일부 값이 숫자가 아니에요, NaN). 학습률을 더 작게 해 보세요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has no photo left for {side}: its {count} photos are copies of the same photo, and copies always stay on the same side. Add more different photos to &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; 클래스에 {side}으로 남은 사진이 없어요: 사진 {count}장이 모두 똑같은 사진이고, 똑같은 사진은 늘 같은 쪽에 둬요. &apos;{name}&apos;에 서로 다른 사진을 더 넣으세요.</translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has no photo left for {side}. Add more different photos to &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; 클래스에 {side}으로 남은 사진이 없어요. &apos;{name}&apos;에 서로 다른 사진을 더 넣으세요.</translation>
    </message>
    <message>
        <source>No photo is left for {side}. Add more different photos.</source>
        <translation>{side}으로 남은 사진이 없어요. 서로 다른 사진을 더 넣으세요.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습용</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증용</translation>
    </message>
    <message>
        <source>training or validation</source>
        <translation>학습용이나 검증용</translation>
    </message>
    <message>
        <source>Checking your photos</source>
        <translation>사진 검사 중</translation>
    </message>
    <message>
        <source>Loading MobileNetV2</source>
        <translation>MobileNetV2 불러오는 중</translation>
    </message>
    <message>
        <source>Training the new top layer</source>
        <translation>새로 붙인 맨 위 층 학습 중</translation>
    </message>
    <message>
        <source>Fine-tuning the last layers</source>
        <translation>마지막 층들 미세 조정 중</translation>
    </message>
    <message>
        <source>Scoring the validation photos</source>
        <translation>검증 사진으로 평가 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Training was cancelled; no model was saved.</source>
        <translation>학습을 취소했어요. 모델은 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>The folder {root} cannot be used as a workspace: {reason}.</source>
        <translation>{root} 폴더를 작업 폴더로 쓸 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>A class needs a name. Received: name={name}</source>
        <translation>클래스에는 이름이 필요해요. (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>A class name cannot contain any of {characters} or be &apos;.&apos; or &apos;..&apos;, because it must stay a folder inside the workspace. Received: name={name}</source>
        <translation>클래스 이름은 작업 폴더 안의 폴더로 남아야 해서 {characters} 중 어느 문자도 쓸 수 없고 &apos;.&apos;이나 &apos;..&apos;일 수도 없어요. (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>A class name cannot start with &apos;.&apos; (such folders are hidden and ignored). Received: name={name}</source>
        <translation>클래스 이름은 &apos;.&apos;으로 시작할 수 없어요 (그런 폴더는 숨겨져서 무시돼요). (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>A class name cannot contain a line break or other control characters. Received: name={name}</source>
        <translation>클래스 이름에는 줄바꿈이나 다른 제어 문자를 쓸 수 없어요. (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>A class name must be valid text (UTF-8), not bytes of another encoding. Received: name=&apos;{name}&apos;</source>
        <translation>클래스 이름은 다른 인코딩의 바이트가 아닌 올바른 텍스트(UTF-8)여야 해요. (입력한 이름: &apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>A class name can have at most {maximum} characters. Received: name={name} ({length} characters)</source>
        <translation>클래스 이름은 {maximum}자까지만 쓸 수 있어요. (입력한 이름: {name}, {length}자)</translation>
    </message>
    <message>
        <source>{cleaned} is reserved by Windows and cannot be a folder name. Received: name={name}</source>
        <translation>{cleaned}은(는) Windows가 예약한 이름이라 폴더 이름으로 쓸 수 없어요. (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>There is already a class called {cleaned}. Received: name={name}</source>
        <translation>{cleaned}(이)라는 클래스가 이미 있어요. (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>The class folder {cleaned} cannot be created in {root}: {reason}.</source>
        <translation>{root}에 클래스 폴더 {cleaned}을(를) 만들 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>The class folder {folder} is not empty any more, so it was kept.</source>
        <translation>클래스 폴더 {folder}이(가) 이제 비어 있지 않아서 그대로 두었어요.</translation>
    </message>
    <message>
        <source>There is no class called {old} in {root}.</source>
        <translation>{root}에 {old}(이)라는 클래스가 없어요.</translation>
    </message>
    <message>
        <source>Something called {cleaned} already exists in {root}. Received: name={name}</source>
        <translation>{root}에 {cleaned}(이)라는 것이 이미 있어요. (입력한 이름: {name})</translation>
    </message>
    <message>
        <source>The class {old} cannot be renamed to {cleaned}: {reason}.</source>
        <translation>클래스 {old}의 이름을 {cleaned}(으)로 바꿀 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder, so it cannot be a workspace.</source>
        <translation>{root}은(는) 폴더가 아니라 파일이어서 작업 폴더로 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>The folder {root} cannot be used as a workspace: {reason}</source>
        <translation>{root} 폴더를 작업 폴더로 쓸 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation>{folder} 폴더를 만들 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; cannot be removed: its folder cannot be moved into Unsorted ({reason}).</source>
        <translation>&apos;{name}&apos; 클래스를 없앨 수 없어요: 폴더를 미분류로 옮길 수 없어요 ({reason}).</translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; cannot come back: something called &apos;{name}&apos; is in the workspace again.</source>
        <translation>&apos;{name}&apos; 클래스를 되돌릴 수 없어요: 작업 폴더에 &apos;{name}&apos;(이)라는 것이 다시 생겼어요.</translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; cannot come back: {reason}.</source>
        <translation>&apos;{name}&apos; 클래스를 되돌릴 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>균형 있게</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>꼼꼼하게</translation>
    </message>
    <message>
        <source>Course recipe</source>
        <translation>강의 레시피 그대로</translation>
    </message>
</context>
</TS>
