<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AugmentControls</name>
    <message>
        <source>Flip left-right</source>
        <translation>좌우 뒤집기</translation>
    </message>
    <message>
        <source>An alpaca facing left is still an alpaca.</source>
        <translation>왼쪽을 보는 알파카도 알파카예요.</translation>
    </message>
    <message>
        <source>Flip upside down</source>
        <translation>상하 뒤집기</translation>
    </message>
    <message>
        <source>Only if your photos can be upside down, like photos taken from above. An alpaca standing on its head is rare.</source>
        <translation>위에서 찍은 사진처럼 사진이 거꾸로일 수 있을 때만 켜세요. 물구나무선 알파카는 흔하지 않아요.</translation>
    </message>
    <message>
        <source>Turn the photo up to this angle either way. Photos that are always upright do best with a small angle (the default, ±{degrees}°, is one); photos taken at any angle can take more.</source>
        <translation>사진을 양쪽으로 이 각도까지 돌려요. 늘 똑바로 찍힌 사진에는 작은 각도가 좋고(기본값 ±{degrees}°가 그래요), 아무 각도로나 찍힌 사진은 더 크게 돌려도 돼요.</translation>
    </message>
    <message>
        <source>Turn the photo up to this angle either way. Photos that are always upright do best with a small angle (by default it is off); photos taken at any angle can take more.</source>
        <translation>사진을 양쪽으로 이 각도까지 돌려요. 늘 똑바로 찍힌 사진에는 작은 각도가 좋고(기본값은 꺼짐), 아무 각도로나 찍힌 사진은 더 크게 돌려도 돼요.</translation>
    </message>
    <message>
        <source>Back to: no changes at all</source>
        <translation>되돌릴 값: 아무것도 바꾸지 않음</translation>
    </message>
    <message>
        <source>Back to: {settings}, nothing else</source>
        <extracomment>{settings}: the default settings, joined by &quot;, &quot; (&quot;Flip left-right, Rotate up to ±72°&quot;)</extracomment>
        <translation>되돌릴 값: {settings}, 나머지는 끔</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Move closer or further away by up to this much: near or far, still an alpaca.</source>
        <translation>최대 이만큼 가까이 또는 멀리 가요. 가까이 있어도 멀리 있어도 알파카예요.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Slide the photo sideways and up or down: an alpaca off-centre is still an alpaca.</source>
        <translation>사진을 옆으로, 위아래로 밀어요. 가운데에 있지 않은 알파카도 알파카예요.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <source>Make the photo flatter or punchier: dull or vivid light, still an alpaca.</source>
        <translation>사진을 흐릿하게 또는 선명하게 해요. 빛이 흐려도 강해도 알파카예요.</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>밝기</translation>
    </message>
    <message>
        <source>Darken or lighten the photo: at dusk or at noon, still an alpaca.</source>
        <translation>사진을 어둡게 또는 밝게 해요. 해 질 녘이든 한낮이든 알파카예요.</translation>
    </message>
    <message>
        <source>Mirror the photo&apos;s edge</source>
        <translation>사진 가장자리를 거울처럼 비추기</translation>
    </message>
    <message>
        <source>Repeat the photo</source>
        <translation>사진 반복하기</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>검은색</translation>
    </message>
    <message>
        <source>Stretch the edge pixels</source>
        <translation>가장자리 픽셀 늘이기</translation>
    </message>
    <message>
        <source>When a photo is turned, zoomed out or shifted, its empty corners are filled like this.</source>
        <translation>사진을 돌리거나, 축소하거나, 옮기면 비는 구석을 이렇게 채워요.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>a slider at zero: this change does not happen</extracomment>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>up to ±{amount}</source>
        <translation>최대 ±{amount}</translation>
    </message>
    <message>
        <source>Fill the corners</source>
        <translation>빈 구석 채우기</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>AugmentGrid</name>
    <message>
        <source>Pick a photo below, or drop one here.</source>
        <translation>아래에서 사진을 고르거나 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt;, as training sees it</source>
        <translation>&lt;b&gt;원본&lt;/b&gt;: 학습에 쓰이는 모습</translation>
    </message>
    <message>
        <source>&lt;b&gt;9 random versions&lt;/b&gt;: what training sees</source>
        <translation>&lt;b&gt;무작위 변형 9개&lt;/b&gt;: 학습이 보는 모습</translation>
    </message>
</context>
<context>
    <name>AugmentPage</name>
    <message>
        <source>flip</source>
        <translation>좌우 뒤집기</translation>
    </message>
    <message>
        <source>flip upside down</source>
        <translation>상하 뒤집기</translation>
    </message>
    <message>
        <source>flip both ways</source>
        <translation>좌우·상하 뒤집기</translation>
    </message>
    <message>
        <source>zoom ±{percent}%</source>
        <translation>확대/축소 ±{percent}%</translation>
    </message>
    <message>
        <source>shift ±{percent}%</source>
        <translation>이동 ±{percent}%</translation>
    </message>
    <message>
        <source>contrast ±{percent}%</source>
        <translation>대비 ±{percent}%</translation>
    </message>
    <message>
        <source>brightness ±{percent}%</source>
        <translation>밝기 ±{percent}%</translation>
    </message>
    <message>
        <source>rotate ±{degrees}°</source>
        <translation>회전 ±{degrees}°</translation>
    </message>
    <message>
        <source>No augmentation</source>
        <extracomment>glossary: 증강 = augmentation (step 2; 데이터 증강 in full)</extracomment>
        <translation>증강 없음</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>다시 섞기</translation>
    </message>
    <message>
        <source>Draw nine new random versions</source>
        <translation>무작위 변형 9개를 새로 만들어요</translation>
    </message>
    <message>
        <source>Loading the augmentation engine… (the first time takes a few seconds)</source>
        <translation>증강 엔진을 불러오는 중… (처음에는 몇 초 걸려요)</translation>
    </message>
    <message>
        <source>Training shows the model each photo changed a little at random, a new way every time, so it learns what an alpaca looks like rather than remembering your photos. Choose the changes that could happen in real life; the pictures show what training will see.</source>
        <translation>학습할 때 모델은 사진을 매번 무작위로 조금씩 다르게 바꾼 모습으로 봐요. 그래서 사진을 외우는 대신 알파카가 어떻게 생겼는지를 배워요. 실제로 일어날 수 있는 변화만 고르세요. 아래 그림이 학습에서 모델이 보게 될 모습이에요.</translation>
    </message>
    <message>
        <source>{names} could not be shown: it is no longer there, or not a photo. Several photos or a folder dropped on the window go to the Sort page.</source>
        <translation>{names}을(를) 보여 줄 수 없어요. 이제 그 자리에 없거나 사진이 아니에요. 창에 여러 장의 사진이나 폴더를 끌어다 놓으면 분류 단계로 가요.</translation>
    </message>
    <message>
        <source>The augmentation settings could not be saved with the workspace ({reason}). They apply until Alpaca Studio closes.</source>
        <translation>증강 설정을 작업 폴더에 저장하지 못했어요 ({reason}). Alpaca Studio를 닫을 때까지만 적용돼요.</translation>
    </message>
    <message>
        <source>Pick a photo below, or drop one here.</source>
        <translation>아래에서 사진을 고르거나 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}을(를) 읽을 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>Pick another photo.</source>
        <translation>다른 사진을 고르세요.</translation>
    </message>
    <message>
        <source>{name} · {size}×{size} pixels, the size training uses · random set {seed}</source>
        <translation>{name} · {size}×{size} 픽셀(학습에 쓰는 크기) · 무작위 세트 {seed}</translation>
    </message>
    <message>
        <source>{name} (not in the workspace) · {size}×{size} pixels, the size training uses · random set {seed}</source>
        <translation>{name} (작업 폴더 밖) · {size}×{size} 픽셀(학습에 쓰는 크기) · 무작위 세트 {seed}</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>미리 보기를 그리지 못했어요.</translation>
    </message>
    <message>
        <source>The augmentation preview failed: {reason}</source>
        <translation>증강 미리 보기를 만들지 못했어요: {reason}</translation>
    </message>
</context>
<context>
    <name>CellPhotos</name>
    <message>
        <source>Move to ‘{name}’</source>
        <extracomment>glossary: Move to &quot;{class}&quot; = &quot;{class}&quot;(으)로 옮기기</extracomment>
        <translation>‘{name}’(으)로 옮기기</translation>
    </message>
    <message>
        <source>This photo is in the wrong folder: put it in &apos;{name}&apos; (Ctrl+Z puts it back)</source>
        <translation>이 사진은 잘못된 폴더에 있어요. &apos;{name}&apos; 폴더로 옮겨요 (Ctrl+Z로 되돌릴 수 있어요)</translation>
    </message>
    <message>
        <source>Remove from training</source>
        <translation>학습에서 빼기</translation>
    </message>
    <message>
        <source>Put this photo back in Unsorted, so training leaves it out; it is not deleted (Ctrl+Z puts it back)</source>
        <translation>이 사진을 미분류로 돌려놓아 학습에서 빼요. 사진은 지워지지 않아요 (Ctrl+Z로 되돌릴 수 있어요)</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <extracomment>glossary: &quot;90% sure&quot; = &quot;90% 확신&quot;</extracomment>
        <translation>{percent} 확신</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(읽을 수 없음)</translation>
    </message>
</context>
<context>
    <name>ClassButtons</name>
    <message>
        <source>+ Add class…</source>
        <translation>+ 클래스 추가…</translation>
    </message>
    <message>
        <source>Make a new class folder in the workspace</source>
        <translation>작업 폴더에 새 클래스 폴더를 만들어요</translation>
    </message>
    <message>
        <source>Sort into:</source>
        <translation>분류할 곳:</translation>
    </message>
    <message>
        <source>Sort the selected photos into &apos;{name}&apos; (key {key})</source>
        <translation>선택한 사진을 &apos;{name}&apos;에 분류해요 (키 {key})</translation>
    </message>
</context>
<context>
    <name>ClassNameDialog</name>
    <message>
        <source>Why this name cannot be used</source>
        <translation>이 이름을 쓸 수 없는 이유</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>There is already a class called &apos;{name}&apos; (names that differ only in capitals are the same class). Choose another name.</source>
        <translation>&apos;{name}&apos; 클래스가 이미 있어요 (대소문자만 다른 이름은 같은 클래스예요). 다른 이름을 골라 주세요.</translation>
    </message>
    <message>
        <source>There is already a class called &apos;{name}&apos;. Choose another name.</source>
        <translation>&apos;{name}&apos; 클래스가 이미 있어요. 다른 이름을 골라 주세요.</translation>
    </message>
</context>
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
    <name>ClassPane</name>
    <message>
        <source>Photos in {name}</source>
        <translation>{name}의 사진</translation>
    </message>
    <message>
        <source>Press this key to sort the selected photos here</source>
        <translation>이 키를 누르면 선택한 사진이 여기로 분류돼요</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <source>Give this class another name (its key stays)</source>
        <translation>이 클래스의 이름을 바꿔요 (키는 그대로예요)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <source>Remove this class: its photos go back to Unsorted, none is deleted</source>
        <translation>이 클래스를 제거해요: 사진은 미분류로 돌아가고, 지워지는 사진은 없어요</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{photos} · %n selected</source>
        <translation>
            <numerusform>{photos} · %n장 선택됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassQuestions</name>
    <message>
        <source>Add a class</source>
        <extracomment>glossary: 클래스 = class (a kind of photo; one folder per class)</extracomment>
        <translation>클래스 추가</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>새 클래스(분류할 종류)의 이름:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>클래스 이름 변경</translation>
    </message>
    <message>
        <source>New name for &apos;{name}&apos; (its key stays the same):</source>
        <translation>&apos;{name}&apos;의 새 이름 (키는 그대로예요):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Remove the class &apos;{name}&apos;? It has no photos.

Edit → Undo brings it back.</source>
        <translation>&apos;{name}&apos; 클래스를 제거할까요? 이 클래스에는 사진이 없어요.

편집 → 실행 취소로 되돌릴 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the class &apos;{name}&apos;? Its %n photos go back to Unsorted; no photo is deleted.

Edit → Undo brings it back.</source>
        <translation>
            <numerusform>&apos;{name}&apos; 클래스를 제거할까요? 사진 %n장은 미분류로 돌아가고, 지워지는 사진은 없어요.

편집 → 실행 취소로 되돌릴 수 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>클래스 제거</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>true ↓ &amp;nbsp; answered →</source>
        <extracomment>the corner of the confusion matrix (혼동 행렬): rows are the true class, columns the model&apos;s answer</extracomment>
        <translation>실제 ↓ &amp;nbsp; 모델의 답 →</translation>
    </message>
    <message numerus="yes">
        <source>%n {true_name} photos the model got right</source>
        <translation>
            <numerusform>모델이 맞힌 {true_name} 사진 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {true_name} photos the model called {answer}</source>
        <translation>
            <numerusform>모델이 {answer}(으)로 답한 {true_name} 사진 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} — click to see them</source>
        <translation>{what} — 클릭하면 사진을 볼 수 있어요</translation>
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
    <name>DatasetSummary</name>
    <message>
        <source>{train} for training · {kept_aside}. The model never learns from those, so they show how it does on new photos.</source>
        <extracomment>glossary: 학습 = training, 검증 = validation (the photos kept aside)</extracomment>
        <translation>학습용 {train}장 · {kept_aside}. 모델은 검증용 사진으로는 배우지 않으므로, 처음 보는 사진에서 얼마나 잘하는지 알 수 있어요.</translation>
    </message>
    <message>
        <source>Near-copies (one photo resized, recompressed or mirrored) are kept on one side when training starts, which can move a few photos.</source>
        <translation>거의 같은 사진(크기를 바꾸거나 다시 압축하거나 좌우로 뒤집은 사진)은 학습을 시작할 때 한쪽에만 두므로, 사진 몇 장이 옮겨질 수 있어요.</translation>
    </message>
    <message>
        <source>Cannot train yet:</source>
        <translation>아직 학습할 수 없어요:</translation>
    </message>
    <message>
        <source>Open a workspace on the Sort step to train on its photos.</source>
        <translation>분류 단계에서 작업 폴더를 열면 그 사진으로 학습할 수 있어요.</translation>
    </message>
</context>
<context>
    <name>DoubtLists</name>
    <message>
        <source>Move to &apos;{name}&apos;</source>
        <extracomment>glossary: &quot;{name}&quot;(으)로 옮기기 = Move to &quot;{name}&quot;</extracomment>
        <translation>&apos;{name}&apos;(으)로 옮기기</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>옮길 곳…</translation>
    </message>
</context>
<context>
    <name>FeatureStore</name>
    <message>
        <source>an unexpected error ({error})</source>
        <translation>예상하지 못한 오류 ({error})</translation>
    </message>
</context>
<context>
    <name>FolderDoubts</name>
    <message>
        <source>keep {photo} where it is</source>
        <translation>{photo} 그대로 두기</translation>
    </message>
    <message numerus="yes">
        <source>keep %n near-copies where they are</source>
        <translation>
            <numerusform>거의 같은 사진 %n장 그대로 두기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n near-copies to &apos;{name}&apos;</source>
        <translation>
            <numerusform>거의 같은 사진 %n장을 &apos;{name}&apos;(으)로 옮기기</numerusform>
        </translation>
    </message>
    <message>
        <source>What you chose to keep could not be saved: {reason}</source>
        <translation>그대로 두기로 한 것을 저장하지 못했어요: {reason}</translation>
    </message>
    <message>
        <source>The photos&apos; folders could not be checked: {reason}</source>
        <translation>사진의 폴더를 점검하지 못했어요: {reason}</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>photo</source>
        <extracomment>The photos a person sorts into class folders and trains on. Korean: 사진.</extracomment>
        <translation>사진</translation>
    </message>
    <message>
        <source>class</source>
        <extracomment>One kind of photo the model tells apart (&quot;alpaca&quot;, &quot;not alpaca&quot;), one folder each. Korean: 클래스 (the word Teachable Machine&apos;s Korean uses), not 분류 or 범주.</extracomment>
        <translation>클래스</translation>
    </message>
    <message>
        <source>sort</source>
        <extracomment>Step 1: putting photos into class folders. Korean: 분류 (verb 분류하기); &quot;Unsorted&quot; is 미분류.</extracomment>
        <translation>분류</translation>
    </message>
    <message>
        <source>augmentation</source>
        <extracomment>Step 2: the random flips and turns shown to the model so it does not learn one pose. Korean: 증강 (데이터 증강 at the first mention).</extracomment>
        <translation>증강</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>Step 3: the model learning from the sorted photos. Korean: 학습 (학습하기, 학습 시작), not 훈련.</extracomment>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>The photos kept aside to score the model, never learnt from. Korean: 검증 (검증용 사진).</extracomment>
        <translation>검증</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <extracomment>The second phase: the top of the pretrained network learns too, slowly. Korean: 미세 조정.</extracomment>
        <translation>미세 조정</translation>
    </message>
    <message>
        <source>run</source>
        <extracomment>One saved training with its settings, charts and model. Korean: 학습 기록.</extracomment>
        <translation>학습 기록</translation>
    </message>
    <message>
        <source>epoch</source>
        <extracomment>One pass over every training photo. Korean: 에포크.</extracomment>
        <translation>에포크</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>Step 4: trying the model on new photos. Korean: 테스트.</extracomment>
        <translation>테스트</translation>
    </message>
    <message>
        <source>sure</source>
        <extracomment>How sure the model is of an answer (&quot;90% sure&quot;). Korean: 확신 (&quot;90% 확신&quot;).</extracomment>
        <translation>확신</translation>
    </message>
    <message>
        <source>export</source>
        <extracomment>Writing the model out as a file other programs load. Korean: 내보내기.</extracomment>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; Four steps make your own photo classifier:&lt;br&gt;&lt;b&gt;1 Sort&lt;/b&gt; your photos into one folder per class.&lt;br&gt;&lt;b&gt;2 Augment&lt;/b&gt;: see how training varies them.&lt;br&gt;&lt;b&gt;3 Train&lt;/b&gt; the model on them.&lt;br&gt;&lt;b&gt;4 Test&lt;/b&gt; it on new photos.&lt;br&gt;Go in any order; everything stays on this computer.</source>
        <translation>&lt;b&gt;처음이신가요?&lt;/b&gt; 네 단계로 나만의 사진 분류기를 만들어요:&lt;br&gt;&lt;b&gt;1 분류&lt;/b&gt;: 사진을 클래스(분류할 종류)별 폴더에 나눠요.&lt;br&gt;&lt;b&gt;2 증강&lt;/b&gt;: 학습 때 사진이 어떻게 바뀌는지 봐요.&lt;br&gt;&lt;b&gt;3 학습&lt;/b&gt;: 모델을 학습시켜요.&lt;br&gt;&lt;b&gt;4 테스트&lt;/b&gt;: 새 사진으로 시험해요.&lt;br&gt;순서는 자유예요. 모든 것이 이 컴퓨터에만 남아요.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How Alpaca Studio works&lt;/h3&gt;
&lt;p&gt;You teach a computer to tell kinds of photos apart — alpacas from other animals, ripe
from unripe fruit — by showing it examples. Nothing leaves this computer.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Sort.&lt;/b&gt; Make one class per kind of photo (by default &lt;i&gt;alpaca&lt;/i&gt; and
&lt;i&gt;not alpaca&lt;/i&gt;), then drop your photos on the window and sort each into its class with
a key, a click or a drag. Your photos are copied, never changed. Ctrl+Z takes back any
change, from any step. A few dozen photos per class is a good start.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Augment.&lt;/b&gt; During training every photo is shown again and again, a little
changed each time — mirrored, turned, zoomed — so the model learns what matters, not where
things happen to be. Here you see those changes and choose how strong they are.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Train.&lt;/b&gt; Alpaca Studio starts from a network that already knows a thousand kinds
of things (MobileNetV2, trained on ImageNet) and teaches it your classes: first only a new
last layer, then a little of the network itself. A fifth of your photos is kept aside to
check the model on photos it never learnt from: that is the score you see.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Test.&lt;/b&gt; Drop new photos on the window and see what the model says and how sure it
is. When it is wrong, say so: the photo joins the right class for the next training. You
can also save the answers as a table or export the model for other programs.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Press F1 to see this again.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;Alpaca Studio 사용 방법&lt;/h3&gt;
&lt;p&gt;예시를 보여 주면서 컴퓨터가 사진의 종류를 구별하도록 가르쳐요. 알파카와 다른 동물, 익은 과일과 덜 익은 과일처럼요. 어떤 것도 이 컴퓨터 밖으로 나가지 않아요.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;분류.&lt;/b&gt; 사진 종류마다 클래스(분류할 종류)를 하나씩 만들어요(처음에는 &lt;i&gt;alpaca&lt;/i&gt;와 &lt;i&gt;not alpaca&lt;/i&gt;). 그다음 사진을 창에 끌어다 놓고, 키나 클릭, 끌어 놓기로 사진을 각 클래스에 나눠요. 사진은 복사될 뿐 절대 바뀌지 않아요. 어느 단계에서든 Ctrl+Z로 바꾼 것을 되돌릴 수 있어요. 클래스마다 사진 수십 장이면 시작하기에 충분해요.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;증강.&lt;/b&gt; 학습하는 동안 모든 사진을 보여 주고 또 보여 주는데, 매번 조금씩 바꿔서 보여 줘요. 좌우로 뒤집고, 돌리고, 확대하는 식으로요. 그래야 모델이 사물이 우연히 놓인 자리가 아니라 정말 중요한 것을 배워요. 여기에서 그런 변화를 눈으로 보고 얼마나 세게 바꿀지 정해요.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;학습.&lt;/b&gt; Alpaca Studio는 이미 천 가지 사물을 아는 사전 학습된 모델(ImageNet으로 학습한 MobileNetV2)에서 시작해서 여러분의 클래스를 가르쳐요. 먼저 새로 붙인 마지막 층만 학습하고, 그다음 기본 모델의 일부도 조금 미세 조정해요. 사진의 5분의 1은 검증용으로 따로 두고, 모델이 한 번도 배우지 않은 그 사진으로 모델을 확인해요. 화면에 보이는 점수가 바로 그 결과예요.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;테스트.&lt;/b&gt; 새 사진을 창에 끌어다 놓으면 모델이 뭐라고 답하는지, 얼마나 확신하는지 볼 수 있어요. 틀렸으면 알려 주세요. 그 사진은 다음 학습을 위해 올바른 클래스에 들어가요. 답을 표로 저장하거나 다른 프로그램에서 쓰도록 모델을 내보낼 수도 있어요.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;F1을 누르면 이 설명을 다시 볼 수 있어요.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>(development version)</source>
        <translation>(개발 버전)</translation>
    </message>
    <message>
        <source>How Alpaca Studio works</source>
        <translation>Alpaca Studio 사용 방법</translation>
    </message>
    <message>
        <source>About Alpaca Studio</source>
        <translation>Alpaca Studio 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alpaca Studio&lt;/b&gt; {version}&lt;p&gt;Build your own image classifier from your own photos. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Alpaca Studio&lt;/b&gt; {version}&lt;p&gt;내 사진으로 나만의 이미지 분류기를 만들어요. 모든 것이 이 컴퓨터에만 남아요.&lt;/p&gt;&lt;p&gt;Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>an unexpected error: {error}</source>
        <translation>예상하지 못한 오류: {error}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Sort photos into the classes and they are checked here: enough photos in each class, classes of similar size, the same photo twice, files that cannot be read.</source>
        <translation>사진을 클래스로 분류하면 여기서 점검해요: 클래스마다 사진이 충분한지, 클래스 크기가 비슷한지, 같은 사진이 두 번 있는지, 읽을 수 없는 파일이 있는지.</translation>
    </message>
    <message>
        <source>Photo check details</source>
        <translation>사진 점검 내용</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>A tab: the check of the sorted photos (counts, duplicates, unreadable files)</extracomment>
        <translation>점검</translation>
    </message>
    <message>
        <source>No photos sorted yet</source>
        <translation>아직 분류한 사진이 없어요</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n photos sorted&lt;/b&gt; · checking…</source>
        <translation>
            <numerusform>&lt;b&gt;사진 %n장 분류됨&lt;/b&gt; · 점검 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The photos could not be checked: {reason}</source>
        <translation>⚠ 사진을 점검하지 못했어요: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{checked} · %n things to look at</source>
        <translation>
            <numerusform>{checked} · 살펴볼 점 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n photos checked&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;사진 %n장 점검함&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;✓ %n photos checked&lt;/b&gt; · all good</source>
        <translation>
            <numerusform>&lt;b&gt;✓ 사진 %n장 점검함&lt;/b&gt; · 모두 좋아요</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>주의할 점</translation>
    </message>
    <message>
        <source>&lt;b&gt;Duplicates&lt;/b&gt; (the same photo more than once; click one to show or remove it)</source>
        <translation>&lt;b&gt;똑같은 사진&lt;/b&gt; (같은 사진이 두 번 이상 있어요. 누르면 보거나 뺄 수 있어요)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be read&lt;/b&gt; (left out of training)</source>
        <translation>&lt;b&gt;읽을 수 없음&lt;/b&gt; (학습에서 빠져요)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없어요.</translation>
    </message>
    <message>
        <source>Show in Sort</source>
        <translation>분류에서 보기</translation>
    </message>
    <message>
        <source>Remove (back to Unsorted)</source>
        <translation>빼기 (미분류로 되돌리기)</translation>
    </message>
</context>
<context>
    <name>HeatmapMaker</name>
    <message>
        <source>The model of {name} is not there any more: it was moved or deleted.</source>
        <translation>{name}의 모델이 더 이상 없어요. 옮겨졌거나 삭제됐어요.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Show what the model looked at</source>
        <extracomment>glossary: 모델이 본 곳 = what the model looked at (a heatmap; avoid 히트맵 outside brackets)</extracomment>
        <translation>모델이 본 곳 보기</translation>
    </message>
    <message>
        <source>Colour the parts of the photo that weighed most in the model&apos;s answer (a heatmap, Grad-CAM++ on the last block of MobileNetV2)</source>
        <translation>모델이 답을 낼 때 가장 크게 작용한 사진 부분에 색을 칠해요 (히트맵: MobileNetV2의 마지막 블록에 Grad-CAM++ 적용)</translation>
    </message>
    <message>
        <source>Ask which parts look like another class: a photo the model gave another answer may still hold a small one, and this shows whether the model saw it</source>
        <translation>어느 부분이 다른 클래스처럼 보이는지 물어봐요. 모델이 다른 답을 낸 사진에도 그 클래스가 작게 들어 있을 수 있는데, 모델이 그것을 봤는지 여기서 알 수 있어요</translation>
    </message>
    <message>
        <source>Nothing in this photo speaks for ‘{name}’: the model sees no part of it that looks like one.</source>
        <translation>이 사진에는 ‘{name}’(이)라고 볼 만한 곳이 없어요. 모델은 그렇게 보이는 부분을 하나도 찾지 못했어요.</translation>
    </message>
    <message>
        <source>Brighter = what weighed most for ‘{name}’ (the model&apos;s answer was ‘{answer}’). If it is bright on the background, the model learnt the background: add photos of ‘{name}’ in other places.</source>
        <translation>밝을수록 ‘{name}’(이)라고 판단하는 데 크게 작용한 곳이에요 (모델의 답은 ‘{answer}’였어요). 배경이 밝다면 모델이 배경을 배운 거예요. 다른 곳에서 찍은 ‘{name}’ 사진을 더 넣어 주세요.</translation>
    </message>
    <message>
        <source>Brighter = what weighed most for ‘{name}’. If it is bright on the background, the model learnt the background: add photos of ‘{name}’ in other places.</source>
        <translation>밝을수록 ‘{name}’(이)라고 판단하는 데 크게 작용한 곳이에요. 배경이 밝다면 모델이 배경을 배운 거예요. 다른 곳에서 찍은 ‘{name}’ 사진을 더 넣어 주세요.</translation>
    </message>
    <message>
        <source>What here looks like</source>
        <extracomment>before the class picker: &quot;What here looks like [alpaca] ?&quot; (the &quot;?&quot; follows it)</extracomment>
        <translation>어디가</translation>
    </message>
    <message>
        <source>?</source>
        <comment>after the class picker</comment>
        <extracomment>after the class picker: &quot;What here looks like [alpaca] ?&quot;</extracomment>
        <translation>처럼 보이나요?</translation>
    </message>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>사진을 고르면 여기에 보여요.</translation>
    </message>
    <message>
        <source>{name} (the answer)</source>
        <translation>{name} (모델의 답)</translation>
    </message>
    <message>
        <source>There is no trained model to ask yet: train one first.</source>
        <translation>아직 물어볼 학습된 모델이 없어요. 먼저 모델을 학습시켜 주세요.</translation>
    </message>
    <message>
        <source>Turn on “{toggle}” to see which parts of the photo the model went by.</source>
        <translation>“{toggle}”을(를) 켜면 모델이 사진의 어느 부분을 보고 판단했는지 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Looking for what weighed most for ‘{name}’…</source>
        <translation>‘{name}’(이)라고 판단하는 데 크게 작용한 곳을 찾는 중…</translation>
    </message>
    <message>
        <source>Looking for what weighed most…</source>
        <translation>크게 작용한 곳을 찾는 중…</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}.</source>
        <translation>이 파일을 읽을 수 없어요: {reason}.</translation>
    </message>
    <message>
        <source>No heatmap: {reason}</source>
        <translation>모델이 본 곳을 보여 줄 수 없어요: {reason}</translation>
    </message>
</context>
<context>
    <name>HeatmapWindow</name>
    <message>
        <source>What the model looked at</source>
        <translation>모델이 본 곳</translation>
    </message>
    <message>
        <source>What the model looked at: {name}</source>
        <translation>모델이 본 곳: {name}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: {change}</source>
        <extracomment>{change} is what was taken back, e.g. &quot;put IMG_0001.jpg in &apos;alpaca&apos;&quot;</extracomment>
        <translation>실행 취소했어요: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>다시 실행했어요: {change}</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>round</source>
        <extracomment>the x axis of the Train charts: the rounds (epochs, 에포크)</extracomment>
        <translation>에포크</translation>
    </message>
    <message>
        <source>No points yet</source>
        <translation>아직 점이 없어요</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alpaca Studio will speak {language} the next time it starts.</source>
        <translation>화면 언어({language})는 Alpaca Studio를 다음에 시작할 때 적용돼요.</translation>
    </message>
    <message>
        <source>But {variable}={language} is set on this computer: as long as it is, it decides the language.</source>
        <translation>하지만 이 컴퓨터에 {variable}={language}이(가) 설정되어 있어요. 이 설정이 있는 동안에는 이 설정에 따라 언어가 정해져요.</translation>
    </message>
    <message>
        <source>The training engine is not available ({error}).</source>
        <translation>학습 엔진을 사용할 수 없어요 ({error}).</translation>
    </message>
    <message>
        <source>The training engine is ready.</source>
        <translation>학습 엔진이 준비됐어요.</translation>
    </message>
    <message>
        <source>Loading the training engine in the background…</source>
        <translation>학습 엔진을 백그라운드에서 불러오는 중…</translation>
    </message>
    <message>
        <source>The training engine failed to load: {error}</source>
        <translation>학습 엔진을 불러오지 못했어요: {error}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <extracomment>glossary: 작업 폴더 = workspace (the folder holding one folder per class)</extracomment>
        <translation>작업 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>사진 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Free the photo cache…</source>
        <extracomment>glossary: 캐시 = cache</extracomment>
        <translation>사진 캐시 비우기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>{change} is what the undo takes back, e.g. &quot;put IMG_0001.jpg in &apos;alpaca&apos;&quot;</extracomment>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>실행 취소(&amp;U): {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>다시 실행(&amp;R): {change}</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;{number} {step}</source>
        <extracomment>the Go menu: &quot;&amp;1 Sort&quot; (the number is the mnemonic)</extracomment>
        <translation>&amp;{number} {step}</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;How it works</source>
        <translation>사용 방법(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Alpaca Studio</source>
        <translation>Alpaca Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>A new language applies the next time Alpaca Studio starts.</source>
        <translation>바꾼 언어는 Alpaca Studio를 다시 시작하면 적용돼요.</translation>
    </message>
    <message>
        <source>{variable}={language} is set: it decides the language, not this menu.</source>
        <translation>{variable}={language}이(가) 설정되어 있어서, 이 메뉴가 아니라 그 설정에 따라 언어가 정해져요.</translation>
    </message>
    <message>
        <source>&amp;Free {size} of photo cache…</source>
        <translation>사진 캐시 {size} 비우기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Free the photo cache (empty)</source>
        <translation>사진 캐시 비우기(&amp;F) (비어 있음)</translation>
    </message>
    <message>
        <source>Free the photo cache?</source>
        <translation>사진 캐시를 비울까요?</translation>
    </message>
    <message>
        <source>The cache keeps your photos decoded and what the network made of them, so the next training starts in seconds. Free {size}? Your photos and runs are not touched; the next training rebuilds what it needs.</source>
        <translation>캐시에는 미리 풀어 둔 사진과 모델이 사진에서 뽑아 낸 정보가 들어 있어서, 다음 학습이 몇 초 만에 시작돼요. {size}을(를) 비울까요? 사진과 학습 기록은 그대로 남고, 다음 학습 때 필요한 것은 다시 만들어요.</translation>
    </message>
    <message>
        <source>Freed {size} of photo cache.</source>
        <translation>사진 캐시 {size}을(를) 비웠어요.</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>닫는 중…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
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
    <name>ModelHelp</name>
    <message>
        <source>Wrong folder</source>
        <translation>잘못된 폴더</translation>
    </message>
    <message>
        <source>Near-copies</source>
        <extracomment>glossary: 거의 같은 사진 = near-copies (the same photo resized, cropped…)</extracomment>
        <translation>거의 같은 사진</translation>
    </message>
    <message>
        <source>Put in the suggested class (Enter)</source>
        <translation>제안된 클래스에 넣기 (Enter)</translation>
    </message>
    <message>
        <source>{photo}: may belong in &apos;{name}&apos;</source>
        <translation>{photo}: &apos;{name}&apos;에 속할 수 있어요</translation>
    </message>
    <message>
        <source>No suggestion for this photo yet. {status}</source>
        <translation>이 사진에는 아직 제안이 없어요. {status}</translation>
    </message>
    <message>
        <source>No suggestion for this photo yet.</source>
        <translation>이 사진에는 아직 제안이 없어요.</translation>
    </message>
    <message>
        <source>Wrong folder ({count})</source>
        <translation>잘못된 폴더 ({count})</translation>
    </message>
    <message>
        <source>⚠ Near-copies ({count})</source>
        <translation>⚠ 거의 같은 사진 ({count})</translation>
    </message>
    <message>
        <source>Near-copies ({count})</source>
        <translation>거의 같은 사진 ({count})</translation>
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
    <name>NearCopyList</name>
    <message numerus="yes">
        <source>Once every class has %n photos, near-copies (the same photo resized, cropped, brightened…) are listed here.</source>
        <translation>
            <numerusform>모든 클래스에 사진이 %n장씩 모이면, 거의 같은 사진(크기를 바꾸거나 잘라내거나 밝게 한 같은 사진…)을 여기에 보여 줘요.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No near-copies found.</source>
        <translation>✓ 거의 같은 사진이 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n groups of near-copies&lt;/b&gt; (the same photo resized, cropped, brightened or mirrored)</source>
        <translation>
            <numerusform>&lt;b&gt;거의 같은 사진 %n묶음&lt;/b&gt; (크기를 바꾸거나, 잘라내거나, 밝게 하거나, 뒤집은 같은 사진)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{groups} · &lt;b style=&apos;color:#c0392b&apos;&gt;%n need a look&lt;/b&gt;</source>
        <translation>
            <numerusform>{groups} · &lt;b style=&apos;color:#c0392b&apos;&gt;%n묶음은 살펴봐야 해요&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <extracomment>A list of class names: &quot;&apos;a&apos;, &apos;b&apos; and &apos;c&apos;&quot;</extracomment>
        <translation>{first}, {last}</translation>
    </message>
    <message>
        <source>⚠ In different classes ({classes}): the same photo cannot be both. Move them all to one class.</source>
        <translation>⚠ 서로 다른 클래스에 있어요 ({classes}): 같은 사진이 두 클래스일 수는 없어요. 모두 한 클래스로 옮겨 주세요.</translation>
    </message>
    <message>
        <source>{photo} in &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos;의 {photo}</translation>
    </message>
    <message>
        <source>Move all to…</source>
        <translation>모두 옮길 곳…</translation>
    </message>
    <message>
        <source>Keep as they are</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>They are different enough: do not list them again</source>
        <translation>충분히 다른 사진이에요: 다시 보여 주지 않아요</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>{path}
Cannot be read: {reason}</source>
        <translation>{path}
읽을 수 없는 사진: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoPreview</name>
    <message>
        <source>Select a photo to see it here.</source>
        <translation>사진을 고르면 여기에 보여요.</translation>
    </message>
    <message>
        <source>This file cannot be read:
{reason}</source>
        <translation>이 파일을 읽을 수 없어요:
{reason}</translation>
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation>미리 보기를 만들지 못했어요: {error}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos of the workspace</source>
        <translation>작업 폴더의 사진</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Pick a photo&lt;/b&gt; (%n in the workspace; you can also drop one here)</source>
        <translation>
            <numerusform>&lt;b&gt;사진 고르기&lt;/b&gt; (작업 폴더에 %n장, 여기에 사진을 끌어다 놓아도 돼요)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No photos in the workspace yet.&lt;/b&gt; Sort some on the Sort page, or drop a photo here to try augmentation on it.</source>
        <translation>&lt;b&gt;작업 폴더에 아직 사진이 없어요.&lt;/b&gt; 분류 단계에서 사진을 분류하거나, 여기에 사진을 끌어다 놓고 증강을 시험해 보세요.</translation>
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
    <name>ProgressPanel</name>
    <message>
        <source>{time} spent</source>
        <translation>{time} 지남</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <extracomment>glossary: round = 에포크</extracomment>
        <translation>에포크 {round}/{rounds}</translation>
    </message>
    <message>
        <source>photo {number} of {count}</source>
        <translation>사진 {number}/{count}</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>단계 {number}/{count}</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>약 {time} 남음</translation>
    </message>
    <message>
        <source>Press Start training when your photos are sorted.</source>
        <translation>사진을 분류했으면 학습 시작을 누르세요.</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Delete this run?</source>
        <translation>이 학습 기록을 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete the run of {date}? Its trained model is removed from the workspace; your photos are not touched.</source>
        <translation>{date}의 학습 기록을 삭제할까요? 학습된 모델이 작업 폴더에서 지워져요. 사진은 그대로 남아요.</translation>
    </message>
    <message>
        <source>Wait a moment: another run is still being deleted.</source>
        <translation>잠시 기다려 주세요. 다른 학습 기록을 아직 삭제하고 있어요.</translation>
    </message>
    <message>
        <source>The earlier runs could not be read or changed: {problem}</source>
        <translation>이전 학습 기록을 읽거나 바꿀 수 없어요: {problem}</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>trained with other augmentation settings</source>
        <translation>다른 증강 설정으로 학습되었어요</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>날짜 모름</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <extracomment>a QLocale date format (dd, MMM, yyyy, HH, mm), e.g. Korean &quot;yyyy년 M월 d일 HH:mm&quot;</extracomment>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>이전 학습 기록</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>아직 학습 기록이 없어요.</translation>
    </message>
    <message>
        <source>Your trained models will be listed here.</source>
        <translation>학습한 모델이 여기에 나와요.</translation>
    </message>
    <message>
        <source>Use for testing</source>
        <translation>테스트에 사용</translation>
    </message>
    <message>
        <source>Open this model on the Test step</source>
        <translation>이 모델을 테스트 단계에서 열어요</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source> · other augmentation</source>
        <translation> · 다른 증강 설정</translation>
    </message>
    <message>
        <source>This run was {other} than the ones chosen now.</source>
        <translation>이 학습 기록은 지금 고른 것과 {other}.</translation>
    </message>
</context>
<context>
    <name>RunResults</name>
    <message>
        <source>The likely range is a 95% Wilson interval: the score the model would most likely get on other photos like these.</source>
        <translation>예상 범위는 95% 윌슨 구간이에요. 이와 비슷한 다른 사진에서 모델이 받을 가능성이 높은 점수예요.</translation>
    </message>
    <message>
        <source>Click a square to see its photos, the most confident answers first.</source>
        <translation>칸을 클릭하면 그 사진들을 볼 수 있어요. 가장 확신한 답부터 나와요.</translation>
    </message>
    <message>
        <source>{title}: {score}</source>
        <translation>{title}: {score}</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>glossary: class = 클래스</extracomment>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>&lt;b&gt;Precision&lt;/b&gt;: of the photos the model called this class, the share that really were. &lt;b&gt;Recall&lt;/b&gt;: of the photos really in this class, the share the model found.</source>
        <translation>&lt;b&gt;정밀도&lt;/b&gt;: 모델이 이 클래스라고 답한 사진 중 실제로 이 클래스인 비율. &lt;b&gt;재현율&lt;/b&gt;: 실제로 이 클래스인 사진 중 모델이 찾아낸 비율.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos were moved since this run: train again to include them.</source>
        <translation>
            <numerusform>이 학습 이후 사진 %n장을 옮겼어요. 다시 학습하면 반영돼요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{true_name}: answered right</source>
        <translation>{true_name}: 맞힌 사진</translation>
    </message>
    <message numerus="yes">
        <source>%n validation photos of {true_name} the model got right, the most confident first.</source>
        <translation>
            <numerusform>모델이 맞힌 {true_name}의 검증용 사진 %n장이에요. 가장 확신한 사진부터 나와요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{true_name} taken for {answer}</source>
        <translation>{answer}(으)로 잘못 본 {true_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n validation photos of {true_name} the model called {answer}, the most confidently wrong first. Photos like these teach the model most when you add more of them; one that is in the wrong folder can be moved from here.</source>
        <translation>
            <numerusform>모델이 {answer}(으)로 답한 {true_name}의 검증용 사진 %n장이에요. 가장 확신하며 틀린 사진부터 나와요. 이런 사진을 더 넣으면 모델이 가장 많이 배워요. 잘못된 폴더에 있는 사진은 여기서 옮길 수 있어요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SortBoard</name>
    <message>
        <source>The list of unsorted photos could not be saved: {reason}</source>
        <translation>미분류 사진 목록을 저장하지 못했어요: {reason}</translation>
    </message>
    <message>
        <source>the folder cannot be created ({reason})</source>
        <translation>폴더를 만들 수 없어요 ({reason})</translation>
    </message>
    <message>
        <source>The order of the classes could not be saved: {reason}</source>
        <translation>클래스 순서를 저장하지 못했어요: {reason}</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>열려 있는 작업 폴더가 없어요.</translation>
    </message>
</context>
<context>
    <name>SortCommands</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take %n photos back to Unsorted</source>
        <translation>
            <numerusform>사진 %n장을 미분류로 되돌리기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put %n photos in &apos;{name}&apos;</source>
        <translation>
            <numerusform>&apos;{name}&apos;에 사진 %n장 넣기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n photos to Unsorted</source>
        <translation>
            <numerusform>미분류에 사진 %n장 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take %n photos off Unsorted</source>
        <translation>
            <numerusform>미분류에서 사진 %n장 빼기</numerusform>
        </translation>
    </message>
    <message>
        <source>take &apos;{photo}&apos; back to Unsorted</source>
        <extracomment>An undo step&apos;s name: the Edit menu shows &quot;Undo &lt;this&gt;&quot;, the status bar &quot;Undone: &lt;this&gt;&quot;</extracomment>
        <translation>&apos;{photo}&apos;을(를) 미분류로 되돌리기</translation>
    </message>
    <message>
        <source>put {photo} in &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos;에 {photo} 넣기</translation>
    </message>
    <message>
        <source>“{photo}” could not be sorted: {reason}.</source>
        <translation>“{photo}”을(를) 분류하지 못했어요: {reason}.</translation>
    </message>
    <message>
        <source>“{photo}” could not be sorted again, so nothing was redone: {reason}.</source>
        <translation>“{photo}”을(를) 다시 분류하지 못해서 아무것도 다시 실행하지 않았어요: {reason}.</translation>
    </message>
    <message>
        <source>“{photo}” could not be put back, so nothing was undone: {reason}.</source>
        <translation>“{photo}”을(를) 되돌려 놓지 못해서 아무것도 실행 취소하지 않았어요: {reason}.</translation>
    </message>
    <message>
        <source>add {photo} to Unsorted</source>
        <translation>미분류에 {photo} 추가</translation>
    </message>
    <message>
        <source>take {photo} off Unsorted</source>
        <translation>미분류에서 {photo} 빼기</translation>
    </message>
    <message>
        <source>add class &apos;{name}&apos;</source>
        <translation>클래스 &apos;{name}&apos; 추가</translation>
    </message>
    <message>
        <source>rename class &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>클래스 이름 &apos;{old}&apos;을(를) &apos;{new}&apos;(으)로 변경</translation>
    </message>
    <message>
        <source>remove class &apos;{name}&apos;</source>
        <translation>클래스 &apos;{name}&apos; 제거</translation>
    </message>
</context>
<context>
    <name>SortPage</name>
    <message>
        <source>Drop photos or folders here

(or File → Add photos…)</source>
        <translation>사진이나 폴더를 여기에 끌어다 놓으세요

(또는 파일 → 사진 추가…)</translation>
    </message>
    <message>
        <source>Select photos, then press a class key, click a class button, or drag them onto a class. Delete takes a photo off Unsorted, or out of a class back to Unsorted; no file is deleted. Ctrl+Z undoes.</source>
        <translation>사진을 고른 뒤 클래스 키를 누르거나, 클래스 버튼을 누르거나, 클래스로 끌어다 놓으세요. Del 키는 사진을 미분류에서 빼거나, 클래스에서 미분류로 되돌려요. 파일은 지워지지 않아요. Ctrl+Z로 실행 취소해요.</translation>
    </message>
    <message>
        <source>Remove from Unsorted (the file stays where it is)</source>
        <translation>미분류에서 빼기 (파일은 그대로 있어요)</translation>
    </message>
    <message>
        <source>Back to Unsorted (0)</source>
        <translation>미분류로 되돌리기 (0)</translation>
    </message>
    <message>
        <source>The workspace {lost} was not found. Welcome! Your photos will be sorted into {folder}, in the classes shown below. Nothing is created until you sort your first photo.</source>
        <extracomment>glossary: 작업 폴더 = workspace (the folder holding one folder per class)</extracomment>
        <translation>작업 폴더 {lost}을(를) 찾지 못했어요. 어서 오세요! 사진은 {folder} 안에, 아래에 보이는 클래스로 분류돼요. 첫 사진을 분류하기 전에는 아무것도 만들어지지 않아요.</translation>
    </message>
    <message>
        <source>Welcome! Your photos will be sorted into {folder}, in the classes shown below. Nothing is created until you sort your first photo.</source>
        <translation>어서 오세요! 사진은 {folder} 안에, 아래에 보이는 클래스로 분류돼요. 첫 사진을 분류하기 전에는 아무것도 만들어지지 않아요.</translation>
    </message>
    <message>
        <source>Use another folder…</source>
        <translation>다른 폴더 쓰기…</translation>
    </message>
    <message>
        <source>{folder} has no class folders yet: the classes below are proposed. Their folders are made when you sort your first photo or add a class.</source>
        <translation>{folder}에는 아직 클래스 폴더가 없어요: 아래 클래스는 제안이에요. 첫 사진을 분류하거나 클래스를 추가하면 폴더가 만들어져요.</translation>
    </message>
    <message>
        <source>Make them now</source>
        <translation>지금 만들기</translation>
    </message>
    <message>
        <source>Open a workspace: a folder with one folder per class</source>
        <translation>작업 폴더 열기: 클래스마다 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <source>Add photos to sort</source>
        <translation>분류할 사진 추가</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>{photo} is not in a class any more.</source>
        <translation>{photo}은(는) 이제 어느 클래스에도 없어요.</translation>
    </message>
    <message>
        <source>Drag photos here or press {key}</source>
        <translation>사진을 여기로 끌어 오거나 {key} 키를 누르세요</translation>
    </message>
    <message>
        <source>Drag photos here</source>
        <translation>사진을 여기로 끌어 오세요</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>작업 폴더가 열려 있지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n photos sorted</source>
        <translation>
            <numerusform>사진 %n장 분류됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sorted} · %n unsorted</source>
        <translation>
            <numerusform>{sorted} · %n장 미분류</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SortWording</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n장.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were not added again to Unsorted.</source>
        <translation>
            <numerusform>미분류에 다시 추가하지 않았어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} 외 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are files in the workspace folder {workspace}, so they stay in Unsorted. Sort them into a class, or move them out of the workspace with your file manager.</source>
        <translation>
            <numerusform>{names}: 작업 폴더 {workspace} 안에 있는 파일이라서 미분류에 남아요. 클래스로 분류하거나, 파일 관리자로 작업 폴더 밖으로 옮겨 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in {where}.</source>
        <translation>
            <numerusform>{where}에 그대로 있어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more. Nothing else was changed.</source>
        <translation>
            <numerusform>… 외 %n장. 다른 것은 바뀌지 않았어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are still where they were.</source>
        <translation>
            <numerusform>원래 있던 자리에 그대로 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsorted</source>
        <extracomment>glossary: 미분류 = Unsorted (the tray of photos not in a class yet)</extracomment>
        <translation>미분류</translation>
    </message>
    <message>
        <source>{photo} is already in &apos;{name}&apos;.</source>
        <translation>{photo}은(는) 이미 &apos;{name}&apos;에 있어요.</translation>
    </message>
    <message>
        <source>{photo} is already in &apos;{name}&apos; (as {copy}).</source>
        <translation>{photo}은(는) 이미 &apos;{name}&apos;에 {copy}(이)라는 이름으로 있어요.</translation>
    </message>
    <message>
        <source>“{photo}” cannot be read: {reason}.</source>
        <translation>“{photo}”을(를) 읽을 수 없어요: {reason}.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Sort</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>증강</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>알겠어요</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>사용 방법</translation>
    </message>
    <message>
        <source>The four steps explained (F1)</source>
        <translation>네 단계 설명 보기 (F1)</translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <source>Go to step {number}: {step} (Ctrl+{number})</source>
        <extracomment>glossary: the four steps: 분류 (sort), 증강 (augment), 학습 (train), 테스트 (test)</extracomment>
        <translation>{number}단계 {step}(으)로 이동 (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>{number}단계: {step}</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <source>In the order added</source>
        <translation>추가한 순서대로</translation>
    </message>
    <message>
        <source>Most sure first</source>
        <translation>확신이 큰 것부터</translation>
    </message>
    <message>
        <source>Least sure first</source>
        <translation>확신이 작은 것부터</translation>
    </message>
    <message>
        <source>Accept all sure ones ({count})</source>
        <extracomment>glossary: 확실한 제안 모두 받기 = Accept all sure ones</extracomment>
        <translation>확실한 제안 모두 받기 ({count})</translation>
    </message>
    <message>
        <source>Accept all sure ones</source>
        <translation>확실한 제안 모두 받기</translation>
    </message>
    <message>
        <source>Most sure first: confirm quickly with Enter. Least sure first: the photos that teach the suggestions most.</source>
        <translation>확신이 큰 것부터: Enter로 빠르게 확인해요. 확신이 작은 것부터: 제안이 가장 많이 배우는 사진이에요.</translation>
    </message>
    <message>
        <source>Order of Unsorted</source>
        <translation>미분류의 순서</translation>
    </message>
    <message>
        <source>Put every photo whose suggestion is very sure into its suggested class, in one step (Ctrl+Z takes it back)</source>
        <translation>제안이 아주 확실한 사진을 모두 제안된 클래스에 한 번에 넣어요 (Ctrl+Z로 되돌려요)</translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message numerus="yes">
        <source>sort %n suggested photos</source>
        <translation>
            <numerusform>제안된 사진 %n장 분류하기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>No suggestions: {reason}</source>
        <translation>제안 없음: {reason}</translation>
    </message>
    <message>
        <source>Suggested classes appear here once Alpaca Studio has finished starting…</source>
        <translation>Alpaca Studio가 준비를 마치면 여기에 제안된 클래스가 나타나요…</translation>
    </message>
    <message numerus="yes">
        <source>%n more in &apos;{name}&apos;</source>
        <translation>
            <numerusform>&apos;{name}&apos;에 %n장 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once every class has %n photos: sort {missing}.</source>
        <translation>
            <numerusform>모든 클래스에 사진이 %n장씩 모이면 제안이 시작돼요: {missing} 분류해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking at the photos for suggestions… {done} of {asked}</source>
        <translation>제안을 위해 사진을 살펴보는 중… {asked}장 중 {done}장</translation>
    </message>
    <message>
        <source>Looking at the photos for suggestions…</source>
        <translation>제안을 위해 사진을 살펴보는 중…</translation>
    </message>
    <message>
        <source>Suggestions are on their way…</source>
        <translation>제안을 준비하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions at least {percent}% sure · Enter accepts the selected one</source>
        <translation>
            <numerusform>{percent}% 이상 확신하는 제안 %n개 · Enter로 선택한 제안을 받아요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>photos</source>
        <translation>
            <numerusform>장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n files left out&lt;/b&gt;, they cannot be read:</source>
        <translation>
            <numerusform>&lt;b&gt;파일 %n개 제외&lt;/b&gt;, 읽을 수 없어요:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
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
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>파일을 읽을 수 없어요 ({error})</translation>
    </message>
    <message>
        <source>cannot
be read</source>
        <extracomment>a thumbnail&apos;s placeholder: three short lines in a small square</extracomment>
        <translation>읽을 수
없음</translation>
    </message>
</context>
<context>
    <name>TrainCharts</name>
    <message>
        <source>Each dot is one round over your training photos. Solid lines: the photos the model learns from; dashed: the photos kept aside, which it never learns from.</source>
        <translation>점 하나가 학습용 사진 전체를 한 번 보는 에포크 하나예요. 실선: 모델이 배우는 학습용 사진, 점선: 모델이 배우지 않도록 따로 둔 검증용 사진.</translation>
    </message>
    <message>
        <source>The photos kept aside score above the training photos: while it learns, the model sees randomly flipped and turned photos with part of it switched off at random, a harder test than the plain photos kept aside.</source>
        <translation>검증용 사진의 점수가 학습용 사진보다 높아요. 배우는 동안 모델은 무작위로 뒤집고 돌린 사진을, 일부를 무작위로 끈 채로 보기 때문에 그냥 따로 둔 사진보다 어려운 시험이에요.</translation>
    </message>
    <message>
        <source>The training photos score well above the photos kept aside: the model starts to memorise its training photos. More photos or stronger changes on the Augment step help.</source>
        <translation>학습용 사진의 점수가 검증용 사진보다 훨씬 높아요. 모델이 학습용 사진을 외우기 시작했어요. 사진을 더 넣거나 증강 단계에서 변화를 더 크게 하면 도움이 돼요.</translation>
    </message>
    <message>
        <source>Training photos and photos kept aside move together: what the model learns also holds for photos it has never seen.</source>
        <translation>학습용 사진과 검증용 사진이 함께 움직여요. 모델이 배운 것이 처음 보는 사진에도 통해요.</translation>
    </message>
    <message>
        <source>Validation photos are the ones kept aside. Switching part of the model off at random while it learns is called dropout.</source>
        <translation>검증용 사진은 따로 둔 사진이에요. 배우는 동안 모델의 일부를 무작위로 끄는 것을 드롭아웃이라고 해요.</translation>
    </message>
    <message>
        <source>Photos right</source>
        <extracomment>glossary: accuracy = 정확도 (the chart&apos;s title is plain: the share of photos right)</extracomment>
        <translation>맞힌 사진 비율</translation>
    </message>
    <message>
        <source>The share of photos the model answers right (accuracy), after each round.</source>
        <translation>에포크마다 모델이 맞힌 사진의 비율(정확도)이에요.</translation>
    </message>
    <message>
        <source>Mistakes (lower is better)</source>
        <extracomment>glossary: loss = 손실</extracomment>
        <translation>틀린 정도 (낮을수록 좋음)</translation>
    </message>
    <message>
        <source>How far the answers are from right, confident mistakes counting most (the loss), after each round and step by step.</source>
        <translation>답이 정답에서 얼마나 먼지를 나타내요. 확신하며 틀린 답이 가장 크게 쳐요(손실). 에포크마다, 그리고 단계마다 보여요.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습용</translation>
    </message>
    <message>
        <source>kept aside</source>
        <translation>검증용</translation>
    </message>
    <message>
        <source>training, step by step</source>
        <translation>학습용, 단계별</translation>
    </message>
</context>
<context>
    <name>TrainErrors</name>
    <message>
        <source>The computer ran out of memory while training. Choose the Quick preset, or a smaller photo size or fewer photos per step under Advanced, close other programs, and start again.</source>
        <translation>학습하는 동안 컴퓨터의 메모리가 부족했어요. 빠르게 프리셋을 고르거나, 고급 설정에서 사진 크기를 줄이거나 한 번에 보는 사진 수를 줄이고, 다른 프로그램을 닫은 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>{problem} You can choose a weights file under Advanced → “Starting model file”.</source>
        <translation>{problem} 고급 설정 → “기본 모델 파일”에서 가중치 파일을 고를 수 있어요.</translation>
    </message>
    <message>
        <source>These photos cannot be trained on yet: {problem} Sort more photos into each class on the Sort step, then start again.</source>
        <translation>이 사진들로는 아직 학습할 수 없어요: {problem} 분류 단계에서 클래스마다 사진을 더 분류한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The trained model could not be saved: {problem} Check that the workspace folder can be written and has free space, then train again.</source>
        <translation>학습된 모델을 저장할 수 없었어요: {problem} 작업 폴더에 쓸 수 있고 빈 공간이 있는지 확인한 뒤 다시 학습하세요.</translation>
    </message>
    <message>
        <source>{problem} Fix this, then start again.</source>
        <translation>{problem} 이 문제를 해결한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({problem}). Check the workspace folder and the free disk space, then start again.</source>
        <translation>파일을 읽거나 쓸 수 없었어요({problem}). 작업 폴더와 디스크 빈 공간을 확인한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>A setting is not valid: {problem}. Change it under Advanced and start again.</source>
        <translation>올바르지 않은 설정이 있어요: {problem}. 고급 설정에서 바꾼 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Training stopped because of an unexpected problem ({problem}). Try again; if it happens again, try the Quick preset.</source>
        <translation>예상하지 못한 문제로 학습이 멈췄어요({problem}). 다시 해 보고, 또 그러면 빠르게 프리셋으로 해 보세요.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>The result appears here when training ends; earlier runs open from the list.</source>
        <translation>학습이 끝나면 결과가 여기에 나와요. 이전 학습 기록은 목록에서 열 수 있어요.</translation>
    </message>
    <message>
        <source>Press Start training when your photos are sorted.</source>
        <translation>사진을 분류했으면 학습 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Training cancelled. Nothing was saved.</source>
        <translation>학습을 취소했어요. 아무것도 저장되지 않았어요.</translation>
    </message>
    <message>
        <source>Start training</source>
        <extracomment>glossary: 학습 = training; the button is &quot;학습 시작&quot;</extracomment>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Your photos</source>
        <translation>내 사진</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <extracomment>glossary: run = 학습 기록; &quot;Earlier runs&quot; = 이전 학습 기록</extracomment>
        <translation>이전 학습 기록</translation>
    </message>
    <message>
        <source>Training goes on with the photos of “{running}”, and the model is saved there. “{opened}” is shown here when it ends (or when you cancel it).</source>
        <translation>“{running}”의 사진으로 학습이 계속되고, 모델은 그곳에 저장돼요. 학습이 끝나면(또는 취소하면) 여기에 “{opened}”이(가) 나와요.</translation>
    </message>
    <message>
        <source>Training… {percent}</source>
        <translation>학습 중… {percent}</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>열린 작업 폴더 없음</translation>
    </message>
    <message>
        <source>Last run: {score}</source>
        <translation>최근 학습: {score}</translation>
    </message>
    <message>
        <source>Trained before</source>
        <translation>학습한 적 있음</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>아직 학습 안 함</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit?</source>
        <translation>학습 중이에요. 학습을 멈추고 끝낼까요?</translation>
    </message>
    <message>
        <source>Your photos · checking…</source>
        <translation>내 사진 · 확인 중…</translation>
    </message>
    <message>
        <source>Checking your photos…</source>
        <translation>사진을 확인하고 있어요…</translation>
    </message>
    <message>
        <source>The photos could not be checked: {problem}</source>
        <translation>사진을 확인할 수 없었어요: {problem}</translation>
    </message>
    <message>
        <source>Your photos · counting…</source>
        <translation>내 사진 · 세는 중…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>The run you started in “{workspace}” finished ({score}) and was saved there; open “{workspace}” to use it.</source>
        <translation>“{workspace}”에서 시작한 학습이 끝나({score}) 그곳에 저장되었어요. 사용하려면 “{workspace}”을(를) 여세요.</translation>
    </message>
    <message>
        <source>Done: {score}</source>
        <translation>완료: {score}</translation>
    </message>
    <message>
        <source>Took {time} · saved as {run} · ready on the Test step</source>
        <translation>걸린 시간 {time} · {run}(으)로 저장 · 테스트 단계에서 쓸 수 있어요</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>이번 학습</translation>
    </message>
    <message>
        <source>The model after round {round} is kept: the one that did best on the photos kept aside.</source>
        <translation>{round}번째 에포크 뒤의 모델을 남겼어요. 검증용 사진에서 가장 잘한 모델이에요.</translation>
    </message>
    <message>
        <source>Training stopped before the end; nothing was saved.</source>
        <translation>학습이 끝나기 전에 멈췄어요. 아무것도 저장되지 않았어요.</translation>
    </message>
    <message>
        <source>The run you started in “{workspace}” stopped; nothing was saved. {reason}</source>
        <translation>“{workspace}”에서 시작한 학습이 멈췄어요. 아무것도 저장되지 않았어요. {reason}</translation>
    </message>
    <message>
        <source>Run of {date}</source>
        <translation>{date} 학습 기록</translation>
    </message>
    <message>
        <source>{title}: {score} (its per-photo results are missing)</source>
        <translation>{title}: {score} (사진별 결과가 없어요)</translation>
    </message>
    <message>
        <source>The run {run} was deleted.</source>
        <translation>학습 기록 {run}을(를) 삭제했어요.</translation>
    </message>
    <message>
        <source>{photo} is not in this workspace&apos;s folders any more, so it cannot be moved from here.</source>
        <translation>{photo}은(는) 이제 이 작업 폴더에 없어서 여기서 옮길 수 없어요.</translation>
    </message>
    <message>
        <source>Wait for training to end before moving photos.</source>
        <translation>학습이 끝난 뒤에 사진을 옮기세요.</translation>
    </message>
    <message>
        <source>Moved to ‘{folder}’</source>
        <translation>‘{folder}’(으)로 옮김</translation>
    </message>
    <message>
        <source>Back in Unsorted</source>
        <translation>미분류로 돌려놓음</translation>
    </message>
</context>
<context>
    <name>TrainPhotoMoves</name>
    <message>
        <source>{photo} could not be moved: {reason}.</source>
        <translation>{photo}을(를) 옮길 수 없었어요: {reason}.</translation>
    </message>
    <message>
        <source>{photo} could not be moved: the folder {folder} cannot be made ({problem}).</source>
        <translation>{photo}을(를) 옮길 수 없었어요: {folder} 폴더를 만들 수 없어요({problem}).</translation>
    </message>
    <message>
        <source>{photo} could not be put back: {reason}.</source>
        <translation>{photo}을(를) 되돌릴 수 없었어요: {reason}.</translation>
    </message>
    <message>
        <source>put {photo} in &apos;{name}&apos;</source>
        <extracomment>the Undo menu item: &quot;Undo put photo.jpg in &apos;alpaca&apos;&quot;</extracomment>
        <translation>{photo}을(를) &apos;{name}&apos;에 넣기</translation>
    </message>
    <message>
        <source>put {photo} back in Unsorted</source>
        <translation>{photo}을(를) 미분류로 돌려놓기</translation>
    </message>
</context>
<context>
    <name>TrainProcess</name>
    <message>
        <source>The training process was stopped by the system (signal {signal}), most likely because memory ran out.</source>
        <translation>시스템이 학습 프로세스를 멈췄어요(신호 {signal}). 메모리가 부족했을 가능성이 커요.</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code {code}).</source>
        <translation>학습 프로세스가 예기치 않게 끝났어요(종료 코드 {code}).</translation>
    </message>
</context>
<context>
    <name>TrainScore</name>
    <message numerus="yes">
        <source>{right} of %n validation photos right — {percent} ({likely})</source>
        <extracomment>glossary: validation photos = 검증용 사진 (the photos kept aside)</extracomment>
        <translation>
            <numerusform>검증용 사진 %n장 중 {right}장 맞힘 — {percent} ({likely})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on only %n validation photos, so this score can move a lot from one run to the next. Sort more photos into each class for a steadier score.</source>
        <translation>
            <numerusform>검증용 사진 %n장으로만 잰 점수라서 학습할 때마다 크게 달라질 수 있어요. 클래스마다 사진을 더 분류하면 점수가 안정돼요.</numerusform>
        </translation>
    </message>
    <message>
        <source>likely {low}–{high}%</source>
        <extracomment>the 95% range the score is likely in (&quot;likely 78–94%&quot;)</extracomment>
        <translation>예상 범위 {low}–{high}%</translation>
    </message>
    <message>
        <source>{percent} ({low}–{high}%)</source>
        <translation>{percent} ({low}–{high}%)</translation>
    </message>
</context>
<context>
    <name>TrainSettings</name>
    <message>
        <source>Quick</source>
        <extracomment>glossary: preset = 프리셋; &quot;Course recipe&quot; = 강의 레시피 그대로</extracomment>
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
    <message>
        <source>Custom</source>
        <translation>직접 설정</translation>
    </message>
    <message>
        <source>a first look, fastest</source>
        <translation>가장 빠르게 먼저 살펴보기</translation>
    </message>
    <message>
        <source>the recommended start</source>
        <translation>처음이라면 이것을 추천해요</translation>
    </message>
    <message>
        <source>more detail and more rounds, about three times as long</source>
        <translation>더 자세히, 더 많은 에포크로. 시간은 약 세 배</translation>
    </message>
    <message>
        <source>the course&apos;s exact recipe, to compare with it (it turns photos up to ±72° and flips them, whatever the Augment step says)</source>
        <translation>강의와 비교할 수 있도록 강의 레시피 그대로 (증강 단계 설정과 상관없이 사진을 ±72°까지 돌리고 뒤집어요)</translation>
    </message>
    <message>
        <source>Learning rounds</source>
        <extracomment>glossary: learning rounds = frozen epochs (고정 단계 에포크)</extracomment>
        <translation>학습 에포크</translation>
    </message>
    <message>
        <source>Rounds over your photos that teach only the new last layer, on top of the starting model.</source>
        <translation>기본 모델은 고정한 채, 그 위에 새로 얹은 마지막 층만 가르치는 에포크 수예요.</translation>
    </message>
    <message>
        <source>frozen epochs</source>
        <translation>고정 단계 에포크 (frozen epochs)</translation>
    </message>
    <message>
        <source>Refining rounds</source>
        <extracomment>glossary: refining = 미세 조정 (fine-tuning)</extracomment>
        <translation>미세 조정 에포크</translation>
    </message>
    <message>
        <source>Further rounds that also adjust the starting model&apos;s last layers (0: skip).</source>
        <translation>기본 모델의 마지막 층들까지 함께 조정하는 추가 에포크 수예요 (0: 건너뛰기).</translation>
    </message>
    <message>
        <source>fine-tune epochs</source>
        <translation>미세 조정 에포크 (fine-tune epochs)</translation>
    </message>
    <message>
        <source>Learning speed</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>How big each learning step is in the learning rounds.</source>
        <translation>학습 에포크에서 한 번에 얼마나 크게 배우는지예요.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률 (learning rate)</translation>
    </message>
    <message>
        <source>Refining speed</source>
        <translation>미세 조정 학습률</translation>
    </message>
    <message>
        <source>Refining steps are this share of the learning speed: small, so the starting model changes only a little.</source>
        <translation>미세 조정은 학습률에 이 비율을 곱한 만큼 배워요. 작게 두어 기본 모델이 조금만 바뀌게 해요.</translation>
    </message>
    <message>
        <source>fine-tune learning-rate factor</source>
        <translation>미세 조정 학습률 배율 (fine-tune learning-rate factor)</translation>
    </message>
    <message>
        <source>Refine layers from</source>
        <translation>미세 조정 시작 층</translation>
    </message>
    <message>
        <source>The starting model&apos;s layers from this one up are refined (it has {layers}); lower means more layers, slower.</source>
        <translation>기본 모델의 이 층부터 위쪽을 미세 조정해요 (모두 {layers}개 층). 낮출수록 더 많은 층을 조정하고 느려져요.</translation>
    </message>
    <message>
        <source>fine-tune from layer</source>
        <translation>미세 조정 시작 층 (fine-tune from layer)</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <source>Photos are shrunk to this size; larger sees more detail but is slower.</source>
        <translation>사진을 이 크기로 줄여요. 크면 더 자세히 보지만 느려요.</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>이미지 크기 (image size)</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>검증용 비율</translation>
    </message>
    <message>
        <source>Share of photos kept aside to score the model, never learned from.</source>
        <translation>모델을 채점하려고 따로 두는 사진의 비율이에요. 이 사진으로는 배우지 않아요.</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>검증 비율 (validation split)</translation>
    </message>
    <message>
        <source>Shuffle number</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Decides which photos are kept aside and the random order: the same number and settings give the same result.</source>
        <translation>어떤 사진을 검증용으로 둘지와 무작위 순서를 정해요. 같은 숫자와 설정이면 같은 결과가 나와요.</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>무작위 시드 (random seed)</translation>
    </message>
    <message>
        <source>Photos per step</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Photos the model learns from at once; fewer needs less memory.</source>
        <translation>모델이 한 번에 배우는 사진 수예요. 적을수록 메모리를 덜 써요.</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기 (batch size)</translation>
    </message>
    <message>
        <source>Random switch-off</source>
        <translation>무작위 끄기</translation>
    </message>
    <message>
        <source>Share of the new layer&apos;s inputs switched off at random while it learns; more guards against memorising a few photos.</source>
        <translation>새 층이 배우는 동안 입력을 무작위로 끄는 비율이에요. 높이면 몇몇 사진을 외워 버리는 것을 막아 줘요.</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>드롭아웃 (dropout)</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>변형 사본 수</translation>
    </message>
    <message>
        <source>Randomly changed copies of each photo training works through (see Augment); more gives variety, each costs time.</source>
        <translation>학습할 때 사진마다 무작위로 바꿔 만드는 사본 수예요 (증강 단계 참고). 많을수록 다양해지지만 그만큼 시간이 걸려요.</translation>
    </message>
    <message>
        <source>augmented versions per photo</source>
        <translation>사진당 증강 사본 수 (augmented versions per photo)</translation>
    </message>
    <message>
        <source>Starting model file</source>
        <translation>기본 모델 파일</translation>
    </message>
    <message>
        <source>Offline? Choose the MobileNetV2 ImageNet weights file (.h5) here.</source>
        <translation>인터넷이 안 되나요? 여기서 MobileNetV2 ImageNet 가중치 파일(.h5)을 고르세요.</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights</source>
        <translation>MobileNetV2 ImageNet 가중치</translation>
    </message>
    <message>
        <source>“{learning}” and “{refining}” are both 0: at least one round is needed. Change them under Advanced.</source>
        <translation>“{learning}”와(과) “{refining}”이(가) 모두 0이에요. 에포크가 적어도 하나는 있어야 해요. 고급 설정에서 바꾸세요.</translation>
    </message>
    <message>
        <source>The setting “{setting}” cannot be {value}. Change it under Advanced.</source>
        <translation>“{setting}” 설정은 {value}(으)로 할 수 없어요. 고급 설정에서 바꾸세요.</translation>
    </message>
    <message>
        <source>A setting is not valid: {problem}</source>
        <translation>올바르지 않은 설정이 있어요: {problem}</translation>
    </message>
    <message>
        <source>{hint}
Technical name: {term}.</source>
        <translation>{hint}
전문 용어: {term}.</translation>
    </message>
    <message>
        <source>{rounds}, photos at {size}: {blurb}.</source>
        <translation>{rounds}, 사진 {size}: {blurb}.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급 설정</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>ImageNet (downloaded once)</source>
        <translation>ImageNet (한 번만 내려받음)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>내려받기</translation>
    </message>
    <message>
        <source>Use the ImageNet weights Keras downloads once (needs the internet the first time)</source>
        <translation>Keras가 한 번 내려받는 ImageNet 가중치를 써요 (처음 한 번은 인터넷이 필요해요)</translation>
    </message>
    <message>
        <source>Choose the MobileNetV2 ImageNet weights file</source>
        <translation>MobileNetV2 ImageNet 가중치 파일 고르기</translation>
    </message>
    <message>
        <source>Keras weights (*.h5);;All files (*)</source>
        <translation>Keras 가중치 (*.h5);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Your own settings (see Advanced).</source>
        <translation>직접 정한 설정이에요 (고급 설정 참고).</translation>
    </message>
</context>
<context>
    <name>TrainWords</name>
    <message>
        <source>A round is one pass over all your training photos (an epoch); each step of it learns from a few photos at once (a batch).</source>
        <extracomment>glossary: round = 에포크 (one pass over all training photos), 학습 = training</extracomment>
        <translation>에포크는 학습용 사진 전체를 한 번씩 모두 보는 것이에요. 에포크의 한 단계마다 사진 몇 장(배치)을 한꺼번에 보고 배워요.</translation>
    </message>
    <message>
        <source>refining starts</source>
        <extracomment>glossary: refining = 미세 조정 (fine-tuning)</extracomment>
        <translation>미세 조정 시작</translation>
    </message>
    <message>
        <source>The starting model is MobileNetV2, already trained on the ImageNet photos; training teaches it your classes.</source>
        <extracomment>glossary: starting model = 기본 모델 (MobileNetV2, pretrained on ImageNet)</extracomment>
        <translation>기본 모델은 ImageNet 사진으로 이미 학습된 MobileNetV2예요. 학습하면서 내 클래스를 가르쳐요.</translation>
    </message>
    <message>
        <source>Checking your photos</source>
        <translation>사진 확인 중</translation>
    </message>
    <message>
        <source>Loading the starting model</source>
        <translation>기본 모델 불러오는 중</translation>
    </message>
    <message>
        <source>Learning your classes</source>
        <translation>내 클래스 학습 중</translation>
    </message>
    <message>
        <source>Refining the model</source>
        <translation>모델 미세 조정 중</translation>
    </message>
    <message>
        <source>Scoring the photos kept aside</source>
        <translation>검증용 사진 채점 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>모델 저장 중</translation>
    </message>
    <message>
        <source>Waiting for the cancelled run to stop</source>
        <translation>취소한 학습이 멈추기를 기다리는 중</translation>
    </message>
    <message>
        <source>Only the new last layer learns, on top of the starting model (the frozen phase).</source>
        <extracomment>glossary: frozen phase = 고정 단계</extracomment>
        <translation>기본 모델은 고정한 채, 그 위의 새 마지막 층만 배워요 (고정 단계).</translation>
    </message>
    <message>
        <source>The starting model&apos;s last layers learn too, slowly (fine-tuning).</source>
        <translation>기본 모델의 마지막 층들도 천천히 함께 배워요 (미세 조정).</translation>
    </message>
    <message>
        <source>The photos kept aside for validation are scored by the trained model.</source>
        <translation>학습된 모델로 검증용으로 따로 둔 사진을 채점해요.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} 픽셀</translation>
    </message>
    <message>
        <source>{learning} + {refining} rounds</source>
        <translation>{learning} + {refining} 에포크</translation>
    </message>
    <message>
        <source>{rounds} · {size} × {size} · shuffle {seed}</source>
        <extracomment>&quot;shuffle&quot; is the shuffle number (the random seed, 시드) of the run</extracomment>
        <translation>{rounds} · {size} × {size} · 시드 {seed}</translation>
    </message>
</context>
<context>
    <name>TrayModel</name>
    <message>
        <source>{name} · {percent}% sure</source>
        <extracomment>glossary: 확신 = sure (&quot;90% sure&quot; → &quot;90% 확신&quot;)</extracomment>
        <translation>{name} · {percent}% 확신</translation>
    </message>
    <message>
        <source>Looks like &apos;{name}&apos; ({suggestion}); Enter puts it there</source>
        <translation>&apos;{name}&apos;(으)로 보여요 ({suggestion}). Enter를 누르면 거기에 넣어요</translation>
    </message>
</context>
<context>
    <name>WorkspaceBar</name>
    <message>
        <source>(not created yet)</source>
        <translation>(아직 만들지 않음)</translation>
    </message>
    <message>
        <source>The workspace and its class folders are made when you sort your first photo or add a class.</source>
        <translation>첫 사진을 분류하거나 클래스를 추가하면 작업 폴더와 클래스 폴더가 만들어져요.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>작업 폴더 열기…</translation>
    </message>
    <message>
        <source>Use another folder of class folders (Ctrl+O)</source>
        <translation>클래스 폴더가 든 다른 폴더를 써요 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>Choose photos to sort (Ctrl+I). You can also drag photos or whole folders onto this window.</source>
        <translation>분류할 사진을 골라요 (Ctrl+I). 사진이나 폴더를 통째로 이 창에 끌어다 놓아도 돼요.</translation>
    </message>
    <message>
        <source>Move instead of copy</source>
        <translation>복사 대신 옮기기</translation>
    </message>
    <message>
        <source>Off: your original photos stay where they are and a copy goes into the class folder.
On: the photos are moved.</source>
        <translation>끔: 원래 사진은 그 자리에 있고, 복사본이 클래스 폴더로 들어가요.
켬: 사진을 옮겨요.</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>작업 폴더:</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>After &quot;Workspace:&quot; when no workspace is open</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Workspace: {folder} (not created yet)</source>
        <translation>작업 폴더: {folder} (아직 만들지 않음)</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>작업 폴더: {folder}</translation>
    </message>
</context>
<context>
    <name>WrongFolderList</name>
    <message numerus="yes">
        <source>Once every class has %n photos, the photos that look like another class are listed here.</source>
        <translation>
            <numerusform>모든 클래스에 사진이 %n장씩 모이면, 다른 클래스처럼 보이는 사진을 여기에 보여 줘요.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No photo looks like it is in the wrong folder.</source>
        <translation>✓ 잘못된 폴더에 있는 것 같은 사진이 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n photos may be in the wrong folder&lt;/b&gt; (most doubtful first)</source>
        <extracomment>glossary: 잘못된 폴더에 있을 수 있음 = may be in the wrong folder</extracomment>
        <translation>
            <numerusform>&lt;b&gt;사진 %n장이 잘못된 폴더에 있을 수 있음&lt;/b&gt; (가장 의심스러운 것부터)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{photo}&lt;/b&gt; is in &apos;{folder}&apos; but looks like &apos;{suggested}&apos; ({percent}% sure)</source>
        <translation>&lt;b&gt;{photo}&lt;/b&gt;: &apos;{folder}&apos;에 있지만 &apos;{suggested}&apos;(으)로 보여요 ({percent}% 확신)</translation>
    </message>
    <message>
        <source>Keep here</source>
        <extracomment>glossary: 여기 두기 = Keep here</extracomment>
        <translation>여기 두기</translation>
    </message>
    <message>
        <source>It is in the right folder: do not list it again</source>
        <translation>맞는 폴더에 있어요: 다시 보여 주지 않아요</translation>
    </message>
    <message>
        <source>What the model looked at</source>
        <extracomment>glossary: 모델이 본 곳 = what the model looked at (a heatmap)</extracomment>
        <translation>모델이 본 곳</translation>
    </message>
    <message>
        <source>Open the photo with a heatmap of what weighed most, for &apos;{name}&apos; or any class (needs a trained model)</source>
        <translation>&apos;{name}&apos; 또는 다른 클래스를 판단할 때 가장 크게 작용한 곳(히트맵)을 사진 위에 보여 줘요 (학습된 모델이 필요해요)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The process that looks at the photos ended unexpectedly (exit code {code}).</source>
        <translation>사진을 살펴보던 프로세스가 예기치 않게 끝났어요 (종료 코드 {code}).</translation>
    </message>
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
        <source>{path} can no longer be read ({reason}); check the photos and train again.</source>
        <translation>{path}을(를) 더 이상 읽을 수 없어요({reason}). 사진을 확인하고 다시 학습하세요.</translation>
    </message>
    <message>
        <source>{path} changed while the model was training; train again to use the photo as it is now.</source>
        <translation>모델이 학습하는 동안 {path}이(가) 바뀌었어요. 지금의 사진으로 학습하려면 다시 학습하세요.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>This computer ran out of memory.</source>
        <translation>이 컴퓨터의 메모리가 부족해요.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({file}): {reason}.</source>
        <translation>파일을 읽거나 쓸 수 없었어요 ({file}): {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>파일을 읽거나 쓸 수 없었어요: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>문제가 생겼어요: {error}</translation>
    </message>
</context>
</TS>
