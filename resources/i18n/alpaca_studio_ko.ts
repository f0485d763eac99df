<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
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
        <source>⚠ Training would check the model on a copy of a photo it learnt from, which flatters its score. Keep one of them, or keep them together.</source>
        <translation>⚠ 학습할 때 모델이 이미 배운 사진의 복사본으로 검증하게 되어 점수가 실제보다 좋게 나와요. 하나만 남기거나, 함께 두세요.</translation>
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
    <message>
        <source>Unsorted</source>
        <extracomment>glossary: 미분류 = Unsorted (the tray of photos not in a class yet)</extracomment>
        <translation>미분류</translation>
    </message>
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
</context>
</TS>
