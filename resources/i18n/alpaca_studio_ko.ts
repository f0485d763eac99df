<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ClassNamesDialog</name>
    <message>
        <source>Name the classes</source>
        <translation>클래스 이름 정하기</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{model}&lt;/b&gt; does not say what its %n classes are called. Type their names in the order the model was trained with (for a model made from folders: the folder names in alphabetical order).</source>
        <translation>
            <numerusform>&lt;b&gt;{model}&lt;/b&gt;에는 클래스 %n개의 이름이 들어 있지 않아요. 모델을 학습할 때의 순서대로 이름을 입력하세요(폴더로 만든 모델이라면 폴더 이름을 가나다·알파벳 순서로).</numerusform>
        </translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>클래스 {number}</translation>
    </message>
    <message>
        <source>Class {number}:</source>
        <translation>클래스 {number}:</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Open a workspace first (step 1): the photo is copied into one of its class folders.</source>
        <extracomment>glossary: 작업 폴더 = workspace</extracomment>
        <translation>먼저 작업 폴더를 여세요(1단계). 사진은 작업 폴더의 클래스 폴더 중 하나에 복사돼요.</translation>
    </message>
    <message>
        <source>The workspace cannot be read: {reason}</source>
        <translation>작업 폴더를 읽을 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>This is wrong</source>
        <translation>틀렸어요</translation>
    </message>
    <message>
        <source>What is in {photo}?</source>
        <translation>{photo}에는 무엇이 있나요?</translation>
    </message>
    <message>
        <source>{photo} could not be copied into “{name}”: {reason}. Nothing was changed.</source>
        <translation>{photo}을(를) “{name}”에 복사하지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>A copy of {photo} is now in “{name}” in your workspace, so it joins the next training. Click its card&apos;s button again, or press Ctrl+Z, to take it back.</source>
        <translation>{photo}의 복사본이 작업 폴더의 “{name}”에 들어가서 다음 학습에 함께 쓰여요. 되돌리려면 카드의 버튼을 다시 누르거나 Ctrl+Z를 누르세요.</translation>
    </message>
    <message>
        <source>The copy of {photo} could not be taken out of “{name}”: {reason}. Nothing was changed.</source>
        <translation>“{name}”에서 {photo}의 복사본을 빼지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Ctrl+Z puts it back in.</source>
        <translation>Ctrl+Z를 누르면 다시 넣어요.</translation>
    </message>
    <message>
        <source>{photo} was not copied: your workspace has no class {names} (its classes are {classes}). This model&apos;s classes are not those of your workspace, and a photo is only ever added to a class the workspace already has.</source>
        <translation>{photo}을(를) 복사하지 않았어요. 작업 폴더에 {names} 클래스가 없어요(작업 폴더의 클래스: {classes}). 이 모델의 클래스가 작업 폴더의 클래스와 달라요. 사진은 작업 폴더에 이미 있는 클래스에만 넣어요.</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Keras model</source>
        <translation>Keras 모델</translation>
    </message>
    <message>
        <source>TensorFlow Lite model</source>
        <translation>TFLite 모델</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel folder</source>
        <translation>TensorFlow SavedModel 폴더</translation>
    </message>
    <message>
        <source>Choose where to save the model as a {kind}. Inside the folder go {labels} (the class names, one a line), {metadata} (the class names, photo size and threshold) and {readme} (how another program gets the same answers), so other programs know what its answers mean.</source>
        <translation>모델을 {kind}(으)로 저장할 곳을 고르세요. 폴더 안에 {labels}(클래스 이름, 한 줄에 하나), {metadata}(클래스 이름, 사진 크기, 기준값), {readme}(다른 프로그램에서 같은 답을 얻는 방법)도 함께 저장돼서, 다른 프로그램도 답의 뜻을 알 수 있어요.</translation>
    </message>
    <message>
        <source>Choose where to save the model as a {kind}. Three files go beside it: {labels} (the class names, one a line), {metadata} (the class names, photo size and threshold) and {readme} (how another program gets the same answers), so other programs know what its answers mean.</source>
        <translation>모델을 {kind}(으)로 저장할 곳을 고르세요. 옆에 파일 세 개가 함께 저장돼요: {labels}(클래스 이름, 한 줄에 하나), {metadata}(클래스 이름, 사진 크기, 기준값), {readme}(다른 프로그램에서 같은 답을 얻는 방법). 그래서 다른 프로그램도 답의 뜻을 알 수 있어요.</translation>
    </message>
    <message>
        <source>{readme} says how to use it in another program.</source>
        <translation>다른 프로그램에서 쓰는 방법은 {readme}에 있어요.</translation>
    </message>
    <message>
        <source>Exported the model as the folder {name} in {folder}, with {files} inside it.</source>
        <translation>모델을 {folder}에 {name} 폴더로 내보냈어요. 폴더 안에 {files}이(가) 있어요.</translation>
    </message>
    <message>
        <source>Exported the model as {name} in {folder}, with {files} beside it.</source>
        <translation>모델을 {folder}에 {name}(으)로 내보냈어요. 옆에 {files}이(가) 있어요.</translation>
    </message>
    <message>
        <source>It could not be checked: {problem} Do not rely on it before you have tried it.</source>
        <translation>확인하지 못했어요: {problem} 직접 써 보기 전에는 믿지 마세요.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>under 0.1%</source>
        <translation>0.1% 미만</translation>
    </message>
    <message>
        <source>The export could not be checked: this model has no validation photos saved with it (only a model in its run folder has them).</source>
        <translation>내보낸 모델을 확인하지 못했어요. 이 모델에는 검증용으로 따로 둔 사진이 함께 저장되어 있지 않아요(학습 기록 폴더에 있는 모델에만 있어요).</translation>
    </message>
    <message>
        <source>The export could not be checked: none of the run&apos;s validation photos could be read (were they moved or deleted?).</source>
        <translation>내보낸 모델을 확인하지 못했어요. 이 학습 기록의 검증용 사진을 하나도 읽을 수 없어요(옮기거나 지웠나요?).</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} 외 {more}개</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <source>The saved runs could not be listed: {reason}</source>
        <translation>저장된 학습 기록을 불러오지 못했어요: {reason}</translation>
    </message>
    <message>
        <source>Test a model file</source>
        <translation>테스트할 모델 파일</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Keras 모델 (*.keras);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>{name} was not loaded: its classes need names.</source>
        <translation>{name}을(를) 불러오지 않았어요. 클래스에 이름이 있어야 해요.</translation>
    </message>
    <message>
        <source>The model {model} could not be loaded: {reason}</source>
        <translation>모델 {model}을(를) 불러오지 못했어요: {reason}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} 불러오는 중…</translation>
    </message>
    <message>
        <source>No trained model yet. Train one in step 3, or choose a model file.</source>
        <translation>아직 학습한 모델이 없어요. 3단계에서 학습하거나 모델 파일을 고르세요.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>불러온 모델이 없어요.</translation>
    </message>
    <message>
        <source>Classes: {classes} · photos seen at {size} × {size} pixels · from {source}</source>
        <translation>클래스: {classes} · 사진을 {size} × {size} 픽셀로 봐요 · 출처: {source}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Keras model (.keras)…</source>
        <translation>Keras 모델 (.keras)…</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel (folder)…</source>
        <translation>TensorFlow SavedModel (폴더)…</translation>
    </message>
    <message>
        <source>TensorFlow Lite (.tflite), for phones…</source>
        <translation>TFLite (.tflite), 휴대폰용…</translation>
    </message>
    <message>
        <source>Writes NAME.keras, and beside it NAME.labels.txt (the class names), NAME.json (class names, photo size and threshold) and NAME.README.txt (how to use it in another program)</source>
        <translation>NAME.keras를 저장하고, 옆에 NAME.labels.txt(클래스 이름), NAME.json(클래스 이름, 사진 크기, 기준값), NAME.README.txt(다른 프로그램에서 쓰는 방법)를 함께 저장해요</translation>
    </message>
    <message>
        <source>Writes the folder NAME, with labels.txt (the class names), metadata.json (class names, photo size and threshold) and README.txt (how to use it in another program) inside it</source>
        <translation>NAME 폴더를 만들고, 그 안에 labels.txt(클래스 이름), metadata.json(클래스 이름, 사진 크기, 기준값), README.txt(다른 프로그램에서 쓰는 방법)를 저장해요</translation>
    </message>
    <message>
        <source>Writes NAME.tflite, and beside it NAME.labels.txt (the class names), NAME.json (class names, photo size and threshold) and NAME.README.txt (how to use it in another program)</source>
        <translation>NAME.tflite를 저장하고, 옆에 NAME.labels.txt(클래스 이름), NAME.json(클래스 이름, 사진 크기, 기준값), NAME.README.txt(다른 프로그램에서 쓰는 방법)를 함께 저장해요</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <extracomment>A QDateTime format (d day, MMM month name, yyyy year, HH:mm time)</extracomment>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <source>Latest run of {when}</source>
        <extracomment>glossary: 학습 기록 = run (one saved training)</extracomment>
        <translation>최근 학습 기록 ({when})</translation>
    </message>
    <message>
        <source>Run of {when}</source>
        <translation>학습 기록 ({when})</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>모델 파일…</translation>
    </message>
    <message>
        <source>Test a .keras model file from elsewhere</source>
        <translation>다른 곳에 있는 .keras 모델 파일로 테스트해요</translation>
    </message>
    <message>
        <source>Export model</source>
        <extracomment>glossary: 내보내기 = export</extracomment>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <source>Save this model for use in other programs, with a file of its class names and one of its settings</source>
        <translation>이 모델을 다른 프로그램에서 쓸 수 있게 저장해요. 클래스 이름 파일과 설정 파일도 함께 저장돼요</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Model file {name}</source>
        <translation>모델 파일 {name}</translation>
    </message>
    <message>
        <source>No trained model yet: train one, or open a model file</source>
        <translation>아직 학습한 모델이 없어요. 학습하거나 모델 파일을 여세요</translation>
    </message>
</context>
<context>
    <name>PredictCommands</name>
    <message>
        <source>take {photo} out of &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos;에서 {photo} 빼기</translation>
    </message>
    <message>
        <source>put {photo} in &apos;{name}&apos;</source>
        <translation>{photo}을(를) &apos;{name}&apos;에 넣기</translation>
    </message>
    <message>
        <source>{photo} could not be put in “{name}” again: {reason}. Nothing was changed.</source>
        <translation>{photo}을(를) “{name}”에 다시 넣지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>A copy of {photo} is in “{name}” in your workspace again.</source>
        <translation>{photo}의 복사본이 다시 작업 폴더의 “{name}”에 들어갔어요.</translation>
    </message>
    <message>
        <source>The copy of {photo} in “{name}” could not be taken out: {reason}. Nothing was changed.</source>
        <translation>“{name}”에 있는 {photo}의 복사본을 빼지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>{photo} was taken back out of “{name}”; the photo itself was not changed.</source>
        <translation>{photo}을(를) “{name}”에서 다시 뺐어요. 사진 자체는 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>copy {photos} into the classes of your workspace</source>
        <translation>{photos}을 작업 폴더의 클래스로 복사하기</translation>
    </message>
    <message>
        <source>copy {photos} into class folders in &apos;{folder}&apos;</source>
        <translation>{photos}을 &apos;{folder}&apos;의 클래스 폴더로 복사하기</translation>
    </message>
    <message>
        <source>The copies could not be taken back: {reason}. Nothing was changed.</source>
        <translation>복사본을 되돌리지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made again ({reason}). Nothing was changed.</source>
        <translation>{folder} 폴더를 다시 만들 수 없어요({reason}). 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>The photos could not be copied again: {reason}. Nothing was changed.</source>
        <translation>사진을 다시 복사하지 못했어요: {reason}. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Copied {photos} into {folder} again.</source>
        <translation>{photos}을 {folder}에 다시 복사했어요.</translation>
    </message>
</context>
<context>
    <name>PredictJobs</name>
    <message>
        <source>{photo}: {reason}</source>
        <translation>{photo}: {reason}</translation>
    </message>
    <message>
        <source>{photo}: the folder {folder} cannot be made ({reason})</source>
        <translation>{photo}: {folder} 폴더를 만들 수 없어요({reason})</translation>
    </message>
    <message>
        <source>{photo}: your workspace has no class “{name}”</source>
        <translation>{photo}: 작업 폴더에 “{name}” 클래스가 없어요</translation>
    </message>
</context>
<context>
    <name>PredictOutputs</name>
    <message>
        <source>The clipboard holds no picture to test. Copy a picture or a photo file first.</source>
        <translation>클립보드에 테스트할 그림이 없어요. 먼저 그림이나 사진 파일을 복사하세요.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved in {folder}.</source>
        <translation>붙여 넣은 그림을 {folder}에 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>답 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{folder}에 {name}이(가) 이미 있어요. 바꿀까요?</translation>
    </message>
    <message>
        <source>The answers were not saved; {name} was left as it was.</source>
        <translation>답을 저장하지 않았어요. {name}은(는) 그대로예요.</translation>
    </message>
    <message>
        <source>Saved {answers} in {file}.</source>
        <translation>{answers}을 {file}에 저장했어요.</translation>
    </message>
    <message>
        <source>Nothing was copied: the model is not sure about any of these photos. Give each its class with its card&apos;s button, or say “not sure” less often.</source>
        <translation>아무것도 복사하지 않았어요. 모델이 이 사진들 모두 확실하지 않다고 했어요. 카드의 버튼으로 각 사진의 클래스를 정하거나, “확실하지 않음”을 덜 자주 말하게 하세요.</translation>
    </message>
    <message>
        <source>Copy into class folders</source>
        <translation>클래스 폴더로 복사</translation>
    </message>
    <message>
        <source>Copying {photos}…</source>
        <translation>{photos} 복사하는 중…</translation>
    </message>
    <message>
        <source>{folder} is inside your workspace, where every photo trains as the class of the folder it is in. Choose the workspace itself (the photos then go into its class folders) or a folder outside it. Nothing was copied.</source>
        <translation>{folder}은(는) 작업 폴더 안에 있어요. 작업 폴더에서는 모든 사진이 들어 있는 폴더의 클래스로 학습돼요. 작업 폴더 자체(사진이 그 클래스 폴더로 들어가요)나 작업 폴더 밖의 폴더를 고르세요. 아무것도 복사하지 않았어요.</translation>
    </message>
    <message>
        <source>Nothing was copied: your workspace has no class {names} (its classes are {classes}), and a new folder there would be a new class.</source>
        <translation>아무것도 복사하지 않았어요. 작업 폴더에 {names} 클래스가 없고(작업 폴더의 클래스: {classes}), 거기에 새 폴더를 만들면 새 클래스가 돼요.</translation>
    </message>
    <message>
        <source>Nothing was copied: every photo is in your workspace already (you put them there with “This is wrong”).</source>
        <translation>아무것도 복사하지 않았어요. 모든 사진이 이미 작업 폴더에 있어요(“틀렸어요”로 넣었어요).</translation>
    </message>
    <message>
        <source>Copying {photos} into your workspace…</source>
        <translation>{photos}을 작업 폴더로 복사하는 중…</translation>
    </message>
    <message>
        <source>Copied {photos} into a folder per class in {folder}, {corrected} by your own correction and the others by the model&apos;s answer.</source>
        <translation>{folder}에 클래스별 폴더를 만들어 {photos}을 복사했어요. {corrected}은 직접 고친 대로, 나머지는 모델의 답대로 넣었어요.</translation>
    </message>
    <message>
        <source>Copied {photos} into a folder per class in {folder}, by the model&apos;s answers.</source>
        <translation>{folder}에 클래스별 폴더를 만들어 모델의 답대로 {photos}을 복사했어요.</translation>
    </message>
    <message>
        <source>Your original photos were not changed. Edit ▸ Undo takes the copies back.</source>
        <translation>원래 사진은 바뀌지 않았어요. 편집 ▸ 실행 취소로 복사본을 되돌릴 수 있어요.</translation>
    </message>
    <message>
        <source>Copied {photos} into the class folders of your workspace, by the model&apos;s answers: they join the next training. Your original photos were not changed. Edit ▸ Undo takes the copies back.</source>
        <extracomment>glossary: 학습 = training; 작업 폴더 = workspace</extracomment>
        <translation>모델의 답대로 {photos}을 작업 폴더의 클래스 폴더에 복사했어요. 다음 학습에 함께 쓰여요. 원래 사진은 바뀌지 않았어요. 편집 ▸ 실행 취소로 복사본을 되돌릴 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos you put in a class with “This is wrong” were there already.</source>
        <translation>
            <numerusform>“틀렸어요”로 클래스에 넣은 사진 %n장은 이미 거기에 있었어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos answered {names} and were not copied: your workspace has no such class.</source>
        <translation>
            <numerusform>{names}(으)로 답한 사진 %n장은 복사하지 않았어요. 작업 폴더에 그런 클래스가 없어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos the model is not sure about were left out (give each a class with the card&apos;s button).</source>
        <translation>
            <numerusform>모델이 확실하지 않다고 한 사진 %n장은 뺐어요(카드의 버튼으로 각 사진의 클래스를 정하세요).</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} could not be copied: {reasons}</source>
        <translation>{count}장은 복사하지 못했어요: {reasons}</translation>
    </message>
    <message>
        <source>The workspace cannot be read: {reason}</source>
        <translation>작업 폴더를 읽을 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>Export as {kind}</source>
        <translation>{kind}(으)로 내보내기</translation>
    </message>
    <message>
        <source>Folder name (*)</source>
        <translation>폴더 이름 (*)</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>아무것도 내보내지 않았어요.</translation>
    </message>
    <message>
        <source>Exporting the model as {kind}…</source>
        <translation>모델을 {kind}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Exported. Now checking that the exported model gives the same answers as here, on the photos kept aside for validation…</source>
        <translation>내보냈어요. 이제 검증용으로 따로 둔 사진으로, 내보낸 모델이 여기와 같은 답을 하는지 확인하고 있어요…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the model to {name} would replace these:

{files}

Replace them?</source>
        <translation>
            <numerusform>모델을 {name}(으)로 내보내면 다음을 바꿔요:

{files}

바꿀까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported, and what was already there was left as it was.</source>
        <translation>아무것도 내보내지 않았고, 원래 있던 것은 그대로예요.</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>있는 파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>Wait a moment: the last export or copy is still running.</source>
        <translation>잠깐 기다리세요. 앞의 내보내기나 복사가 아직 진행 중이에요.</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>잘 되지 않았어요: {error}</translation>
    </message>
</context>
<context>
    <name>PredictPage</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open photos…</source>
        <translation>사진 열기…</translation>
    </message>
    <message>
        <source>Choose photos to test. You can also drop photos or folders on this window, or paste a picture (Ctrl+V).</source>
        <translation>테스트할 사진을 고르세요. 이 창에 사진이나 폴더를 끌어다 놓거나, 그림을 붙여 넣어도 돼요(Ctrl+V).</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Test the picture on the clipboard (Ctrl+V)</source>
        <translation>클립보드의 그림을 테스트해요(Ctrl+V)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Copy into class folders…</source>
        <extracomment>glossary: 클래스 = class (a class folder of the workspace)</extracomment>
        <translation>클래스 폴더로 복사…</translation>
    </message>
    <message>
        <source>Copy (never move) each photo into a folder named after its class: the one you chose with “This is wrong”, else the model&apos;s answer; photos it is not sure about are left out (Ctrl+Z takes the copies back)</source>
        <translation>각 사진을 클래스 이름의 폴더로 복사해요(옮기지 않아요). 클래스는 “틀렸어요”로 고른 것, 없으면 모델의 답이에요. 모델이 확실하지 않은 사진은 빼요(Ctrl+Z로 복사본을 되돌려요)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>비우기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>The run {name} was deleted, so its model no longer answers here.</source>
        <translation>학습 기록 {name}을(를) 지워서 그 모델은 이제 여기서 답하지 않아요.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n photos will be asked again as soon as another model has loaded.</source>
        <translation>
            <numerusform>다른 모델을 불러오는 대로 사진 %n장을 다시 물어볼게요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>모델 불러오는 중…</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>아직 모델 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n photos tested</source>
        <translation>
            <numerusform>사진 %n장 테스트함</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Photos to test</source>
        <translation>테스트할 사진</translation>
    </message>
    <message>
        <source>Your photos will be answered as soon as the model has loaded.</source>
        <translation>모델을 불러오는 대로 사진에 답할게요.</translation>
    </message>
    <message>
        <source>There is no model to ask yet. Train one in step 3, or choose a model file above; your photos will be answered then.</source>
        <translation>아직 물어볼 모델이 없어요. 3단계에서 학습하거나 위에서 모델 파일을 고르세요. 그러면 사진에 답할게요.</translation>
    </message>
    <message>
        <source>Looking at your photos…</source>
        <translation>사진을 보는 중…</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>No photos found in {folders}. Alpaca Studio reads JPEG, PNG, BMP, GIF, WebP and TIFF files.</source>
        <translation>{folders}에서 사진을 찾지 못했어요. Alpaca Studio는 JPEG, PNG, BMP, GIF, WebP, TIFF 파일을 읽어요.</translation>
    </message>
    <message numerus="yes">
        <source>Answered {done} of %n photos</source>
        <translation>
            <numerusform>사진 %n장 중 {done}장에 답함</numerusform>
        </translation>
    </message>
    <message>
        <source>{photo}: {answer}, {percent} sure</source>
        <translation>{photo}: {answer}, {percent} 확신</translation>
    </message>
    <message>
        <source>{photo}: {answer}</source>
        <translation>{photo}: {answer}</translation>
    </message>
    <message>
        <source>The model could not answer: {error}</source>
        <translation>모델이 답하지 못했어요: {error}</translation>
    </message>
    <message>
        <source>Stopped. The photos answered so far are shown; the rest were left out.</source>
        <translation>멈췄어요. 지금까지 답한 사진만 보여요. 나머지는 뺐어요.</translation>
    </message>
    <message>
        <source>Cards ({count})</source>
        <translation>카드 ({count})</translation>
    </message>
    <message>
        <source>Table ({count})</source>
        <translation>표 ({count})</translation>
    </message>
</context>
<context>
    <name>PredictWords</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>답 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n copies made in {folder} were taken back. Your original photos were not changed.</source>
        <translation>
            <numerusform>{folder}에 만든 복사본 %n개를 되돌렸어요. 원래 사진은 바뀌지 않았어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{same} of %n photos get the same answer as in Alpaca Studio (largest difference {difference}).</source>
        <extracomment>glossary: 검증 = validation; the export is run on the run&apos;s validation photos</extracomment>
        <translation>
            <numerusform>사진 %n장 중 {same}장이 Alpaca Studio와 같은 답을 해요(가장 큰 차이 {difference}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{same} of %n photos get the same answer as in Alpaca Studio (largest difference {difference}); the export answers differently for {names}. Do not use this export: export again, or report it.</source>
        <translation>
            <numerusform>사진 %n장 중 {same}장이 Alpaca Studio와 같은 답을 해요(가장 큰 차이 {difference}). 내보낸 모델이 {names}에는 다르게 답해요. 이 내보낸 모델은 쓰지 마세요. 다시 내보내거나 문제를 알려 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names}, {last}</translation>
    </message>
    <message>
        <source>{names} or {last}</source>
        <translation>{names} 또는 {last}</translation>
    </message>
</context>
<context>
    <name>PredictionCard</name>
    <message>
        <source>{percent} sure</source>
        <extracomment>glossary: 확신 = sure (how sure the model is: its probability)</extracomment>
        <translation>{percent} 확신</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>확실하지 않음</translation>
    </message>
    <message>
        <source>Most like “{name}”: {percent}</source>
        <translation>“{name}”에 가장 가까움: {percent}</translation>
    </message>
    <message>
        <source>Put in its class…</source>
        <translation>클래스에 넣기…</translation>
    </message>
    <message>
        <source>This is wrong</source>
        <translation>틀렸어요</translation>
    </message>
    <message>
        <source>✓ Put in {name}</source>
        <translation>✓ {name}에 넣음</translation>
    </message>
    <message>
        <source>Copy this photo into the folder of the class it really is, so it joins the next training (Ctrl+Z takes it back)</source>
        <translation>이 사진을 실제 클래스의 폴더로 복사해서 다음 학습에 함께 써요(Ctrl+Z로 되돌려요)</translation>
    </message>
    <message>
        <source>Click to take the copy back out of this class (or press Ctrl+Z)</source>
        <translation>누르면 이 클래스에서 복사본을 다시 빼요(또는 Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show what the model looked at: open this photo larger, with its heatmap</source>
        <extracomment>glossary: 모델이 본 곳 = what the model looked at (the heatmap)</extracomment>
        <translation>모델이 본 곳 보기: 이 사진을 크게 열어 모델이 본 곳(히트맵)을 보여 줘요</translation>
    </message>
    <message>
        <source>⚠ Cannot be read</source>
        <translation>⚠ 읽을 수 없음</translation>
    </message>
    <message>
        <source>{answer}, {detail}</source>
        <translation>{answer}, {detail}</translation>
    </message>
    <message>
        <source>you put it in {name}</source>
        <translation>직접 {name}에 넣음</translation>
    </message>
</context>
<context>
    <name>PredictionCardView</name>
    <message>
        <source>Answers, newest first</source>
        <translation>답 (최근 것부터)</translation>
    </message>
    <message>
        <source>Drop photos or folders here to see what your model says.
You can also paste a picture (Ctrl+V) or use the “Open photos…” button.</source>
        <translation>사진이나 폴더를 여기에 끌어다 놓으면 모델의 답을 볼 수 있어요.
그림을 붙여 넣거나(Ctrl+V) “사진 열기…” 버튼을 써도 돼요.</translation>
    </message>
</context>
<context>
    <name>PredictionResults</name>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>확신</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>직접 고친 클래스</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>not sure</source>
        <extracomment>glossary: 확실하지 않음 = not sure</extracomment>
        <translation>확실하지 않음</translation>
    </message>
    <message>
        <source>How sure the model is of the answer shown (its probability); for “not sure”, the class it leans to</source>
        <translation>모델이 보이는 답을 얼마나 확신하는지(확률). “확실하지 않음”이면 가장 가까운 클래스예요</translation>
    </message>
    <message>
        <source>The class you said it really is, with “This is wrong”</source>
        <translation>“틀렸어요”로 직접 고른 실제 클래스</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>{percent} “{name}”</source>
        <translation>{percent} “{name}”</translation>
    </message>
</context>
<context>
    <name>PredictionTable</name>
    <message>
        <source>Answers as a table</source>
        <translation>답 (표)</translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How sure the model must be</source>
        <translation>모델이 얼마나 확신해야 하는지</translation>
    </message>
    <message>
        <source>The decision threshold: to the right the first class is said less often, only when the model is surer of it</source>
        <translation>판단 기준값: 오른쪽으로 갈수록 첫 번째 클래스를 덜 자주, 모델이 더 확신할 때만 말해요</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Go back to the threshold the model was saved with</source>
        <translation>모델을 저장할 때의 기준값으로 돌아가요</translation>
    </message>
    <message>
        <source>Rather than always naming a class, say “not sure” when the model hesitates (technically: an unsure band, or a minimum probability)</source>
        <extracomment>glossary: 확실하지 않음 = not sure; 확률 = probability</extracomment>
        <translation>늘 클래스를 하나 고르는 대신, 모델이 망설일 때는 “확실하지 않음”이라고 해요(전문 용어로: 불확실 구간 또는 최소 확률)</translation>
    </message>
    <message>
        <source>“Not sure” from this sureness up</source>
        <translation>이 확신부터 “확실하지 않음”</translation>
    </message>
    <message>
        <source>“Not sure” up to this sureness</source>
        <translation>이 확신까지 “확실하지 않음”</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between the two percentages: &quot;Say “not sure” between [40%] and [60%] sure it is …&quot;</extracomment>
        <translation>~</translation>
    </message>
    <message>
        <source>Between the two, the answer is “not sure”. Turn off “not sure” below to choose with the slider again.</source>
        <translation>두 값 사이면 답이 “확실하지 않음”이에요. 다시 슬라이더로 정하려면 아래의 “확실하지 않음”을 끄세요.</translation>
    </message>
    <message>
        <source>Otherwise the answer is “{second}”. Move the slider to the right to say “{first}” only when the model is surer.</source>
        <translation>그렇지 않으면 답은 “{second}”예요. 모델이 더 확신할 때만 “{first}”라고 하게 하려면 슬라이더를 오른쪽으로 옮기세요.</translation>
    </message>
    <message>
        <source>Say “not sure” between</source>
        <extracomment>The start of: Say “not sure” between [40%] and [60%] sure it is “alpaca” ({first}, the first class, may be used here too)</extracomment>
        <translation>“{first}” 확신이</translation>
    </message>
    <message>
        <source>sure it is “{first}”</source>
        <extracomment>The end of: Say “not sure” between [40%] and [60%] sure it is “{first}”</extracomment>
        <translation>사이면 “확실하지 않음”이라고 답하기</translation>
    </message>
    <message>
        <source>Say “not sure” when less than</source>
        <extracomment>The start of: Say “not sure” when less than [60%] sure of any class</extracomment>
        <translation>어느 클래스도 확신이</translation>
    </message>
    <message>
        <source>sure of any class</source>
        <extracomment>The end of: Say “not sure” when less than [60%] sure of any class</extracomment>
        <translation>미만이면 “확실하지 않음”이라고 답하기</translation>
    </message>
    <message>
        <source>Say “{first}” only when at least {percent}% sure</source>
        <translation>{percent}% 이상 확신할 때만 “{first}”라고 답하기</translation>
    </message>
    <message>
        <source>Say “{first}” above {high}% sure, “{second}” under {low}%</source>
        <translation>{high}% 넘게 확신하면 “{first}”, {low}% 미만이면 “{second}”</translation>
    </message>
</context>
</TS>
