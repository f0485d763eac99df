<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
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
    <name>DatasetSummary</name>
    <message>
        <source>{train} for training · {kept_aside}. The model never learns from those, so they show how it does on new photos.</source>
        <extracomment>glossary: 학습 = training, 검증 = validation (the photos kept aside)</extracomment>
        <translation>학습용 {train}장 · {kept_aside}. 모델은 검증용 사진으로는 배우지 않으므로, 처음 보는 사진에서 얼마나 잘하는지 알 수 있어요.</translation>
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
</TS>
