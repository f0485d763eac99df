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
