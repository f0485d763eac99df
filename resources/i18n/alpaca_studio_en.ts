<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassNamesDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{model}&lt;/b&gt; does not say what its %n classes are called. Type their names in the order the model was trained with (for a model made from folders: the folder names in alphabetical order).</source>
        <translation>
            <numerusform>&lt;b&gt;{model}&lt;/b&gt; does not say what its %n class is called. Type its name (for a model made from folders: the folder&apos;s name).</numerusform>
            <numerusform>&lt;b&gt;{model}&lt;/b&gt; does not say what its %n classes are called. Type their names in the order the model was trained with (for a model made from folders: the folder names in alphabetical order).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassPane</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{photos} · %n selected</source>
        <translation>
            <numerusform>{photos} · %n selected</numerusform>
            <numerusform>{photos} · %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassQuestions</name>
    <message numerus="yes">
        <source>Remove the class &apos;{name}&apos;? Its %n photos go back to Unsorted; no photo is deleted.

Edit → Undo brings it back.</source>
        <translation>
            <numerusform>Remove the class &apos;{name}&apos;? Its %n photo goes back to Unsorted; no photo is deleted.

Edit → Undo brings it back.</numerusform>
            <numerusform>Remove the class &apos;{name}&apos;? Its %n photos go back to Unsorted; no photo is deleted.

Edit → Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message numerus="yes">
        <source>%n {true_name} photos the model got right</source>
        <translation>
            <numerusform>%n {true_name} photo the model got right</numerusform>
            <numerusform>%n {true_name} photos the model got right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {true_name} photos the model called {answer}</source>
        <translation>
            <numerusform>%n {true_name} photo the model called {answer}</numerusform>
            <numerusform>%n {true_name} photos the model called {answer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderDoubts</name>
    <message numerus="yes">
        <source>keep %n near-copies where they are</source>
        <translation>
            <numerusform>keep %n near-copy where it is</numerusform>
            <numerusform>keep %n near-copies where they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n near-copies to &apos;{name}&apos;</source>
        <translation>
            <numerusform>move %n near-copy to &apos;{name}&apos;</numerusform>
            <numerusform>move %n near-copies to &apos;{name}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n photos sorted&lt;/b&gt; · checking…</source>
        <translation>
            <numerusform>&lt;b&gt;%n photo sorted&lt;/b&gt; · checking…</numerusform>
            <numerusform>&lt;b&gt;%n photos sorted&lt;/b&gt; · checking…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{checked} · %n things to look at</source>
        <translation>
            <numerusform>{checked} · %n thing to look at</numerusform>
            <numerusform>{checked} · %n things to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n photos checked&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n photo checked&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n photos checked&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;✓ %n photos checked&lt;/b&gt; · all good</source>
        <translation>
            <numerusform>&lt;b&gt;✓ %n photo checked&lt;/b&gt; · all good</numerusform>
            <numerusform>&lt;b&gt;✓ %n photos checked&lt;/b&gt; · all good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NearCopyList</name>
    <message numerus="yes">
        <source>Once every class has %n photos, near-copies (the same photo resized, cropped, brightened…) are listed here.</source>
        <translation>
            <numerusform>Once every class has %n photo, near-copies (the same photo resized, cropped, brightened…) are listed here.</numerusform>
            <numerusform>Once every class has %n photos, near-copies (the same photo resized, cropped, brightened…) are listed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n groups of near-copies&lt;/b&gt; (the same photo resized, cropped, brightened or mirrored)</source>
        <translation>
            <numerusform>&lt;b&gt;%n group of near-copies&lt;/b&gt; (the same photo resized, cropped, brightened or mirrored)</numerusform>
            <numerusform>&lt;b&gt;%n groups of near-copies&lt;/b&gt; (the same photo resized, cropped, brightened or mirrored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{groups} · &lt;b style=&apos;color:#c0392b&apos;&gt;%n need a look&lt;/b&gt;</source>
        <translation>
            <numerusform>{groups} · &lt;b style=&apos;color:#c0392b&apos;&gt;%n needs a look&lt;/b&gt;</numerusform>
            <numerusform>{groups} · &lt;b style=&apos;color:#c0392b&apos;&gt;%n need a look&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <source>&lt;b&gt;Pick a photo&lt;/b&gt; (%n in the workspace; you can also drop one here)</source>
        <translation>
            <numerusform>&lt;b&gt;Pick a photo&lt;/b&gt; (%n in the workspace; you can also drop one here)</numerusform>
            <numerusform>&lt;b&gt;Pick a photo&lt;/b&gt; (%n in the workspace; you can also drop one here)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictOutputs</name>
    <message numerus="yes">
        <source>%n photos you put in a class with “This is wrong” were there already.</source>
        <translation>
            <numerusform>%n photo you put in a class with “This is wrong” was there already.</numerusform>
            <numerusform>%n photos you put in a class with “This is wrong” were there already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos answered {names} and were not copied: your workspace has no such class.</source>
        <translation>
            <numerusform>%n photo answered {names} and was not copied: your workspace has no such class.</numerusform>
            <numerusform>%n photos answered {names} and were not copied: your workspace has no such class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos the model is not sure about were left out (give each a class with the card&apos;s button).</source>
        <translation>
            <numerusform>%n photo the model is not sure about was left out (give it a class with the card&apos;s button).</numerusform>
            <numerusform>%n photos the model is not sure about were left out (give each a class with the card&apos;s button).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the model to {name} would replace these:

{files}

Replace them?</source>
        <translation>
            <numerusform>Exporting the model to {name} would replace this:

{files}

Replace it?</numerusform>
            <numerusform>Exporting the model to {name} would replace these:

{files}

Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictPage</name>
    <message numerus="yes">
        <source>Your %n photos will be asked again as soon as another model has loaded.</source>
        <translation>
            <numerusform>Your %n photo will be asked again as soon as another model has loaded.</numerusform>
            <numerusform>Your %n photos will be asked again as soon as another model has loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos tested</source>
        <translation>
            <numerusform>%n photo tested</numerusform>
            <numerusform>%n photos tested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered {done} of %n photos</source>
        <translation>
            <numerusform>Answered {done} of %n photo</numerusform>
            <numerusform>Answered {done} of %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictWords</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n copies made in {folder} were taken back. Your original photos were not changed.</source>
        <translation>
            <numerusform>The copy made in {folder} was taken back. Your original photos were not changed.</numerusform>
            <numerusform>The %n copies made in {folder} were taken back. Your original photos were not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{same} of %n photos get the same answer as in Alpaca Studio (largest difference {difference}).</source>
        <extracomment>glossary: 검증 = validation; the export is run on the run&apos;s validation photos</extracomment>
        <translation>
            <numerusform>{same} of %n photo gets the same answer as in Alpaca Studio (largest difference {difference}).</numerusform>
            <numerusform>{same} of %n photos get the same answer as in Alpaca Studio (largest difference {difference}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{same} of %n photos get the same answer as in Alpaca Studio (largest difference {difference}); the export answers differently for {names}. Do not use this export: export again, or report it.</source>
        <translation>
            <numerusform>{same} of %n photo gets the same answer as in Alpaca Studio (largest difference {difference}); the export answers differently for {names}. Do not use this export: export again, or report it.</numerusform>
            <numerusform>{same} of %n photos get the same answer as in Alpaca Studio (largest difference {difference}); the export answers differently for {names}. Do not use this export: export again, or report it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunResults</name>
    <message numerus="yes">
        <source>%n photos were moved since this run: train again to include them.</source>
        <translation>
            <numerusform>%n photo was moved since this run: train again to include it.</numerusform>
            <numerusform>%n photos were moved since this run: train again to include them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation photos of {true_name} the model got right, the most confident first.</source>
        <translation>
            <numerusform>%n validation photo of {true_name} the model got right, the most confident first.</numerusform>
            <numerusform>%n validation photos of {true_name} the model got right, the most confident first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation photos of {true_name} the model called {answer}, the most confidently wrong first. Photos like these teach the model most when you add more of them; one that is in the wrong folder can be moved from here.</source>
        <translation>
            <numerusform>%n validation photo of {true_name} the model called {answer}, the most confidently wrong first. Photos like these teach the model most when you add more of them; one that is in the wrong folder can be moved from here.</numerusform>
            <numerusform>%n validation photos of {true_name} the model called {answer}, the most confidently wrong first. Photos like these teach the model most when you add more of them; one that is in the wrong folder can be moved from here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SortCommands</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take %n photos back to Unsorted</source>
        <translation>
            <numerusform>take %n photo back to Unsorted</numerusform>
            <numerusform>take %n photos back to Unsorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put %n photos in &apos;{name}&apos;</source>
        <translation>
            <numerusform>put %n photo in &apos;{name}&apos;</numerusform>
            <numerusform>put %n photos in &apos;{name}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n photos to Unsorted</source>
        <translation>
            <numerusform>add %n photo to Unsorted</numerusform>
            <numerusform>add %n photos to Unsorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take %n photos off Unsorted</source>
        <translation>
            <numerusform>take %n photo off Unsorted</numerusform>
            <numerusform>take %n photos off Unsorted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SortPage</name>
    <message numerus="yes">
        <source>%n photos sorted</source>
        <translation>
            <numerusform>%n photo sorted</numerusform>
            <numerusform>%n photos sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sorted} · %n unsorted</source>
        <translation>
            <numerusform>{sorted} · %n unsorted</numerusform>
            <numerusform>{sorted} · %n unsorted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SortWording</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were not added again to Unsorted.</source>
        <translation>
            <numerusform>It was not added again to Unsorted.</numerusform>
            <numerusform>They were not added again to Unsorted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} are files in the workspace folder {workspace}, so they stay in Unsorted. Sort them into a class, or move them out of the workspace with your file manager.</source>
        <translation>
            <numerusform>{names} is a file in the workspace folder {workspace}, so it stays in Unsorted. Sort it into a class, or move it out of the workspace with your file manager.</numerusform>
            <numerusform>{names} are files in the workspace folder {workspace}, so they stay in Unsorted. Sort them into a class, or move them out of the workspace with your file manager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in {where}.</source>
        <translation>
            <numerusform>It stays in {where}.</numerusform>
            <numerusform>They stay in {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more. Nothing else was changed.</source>
        <translation>
            <numerusform>… and %n more. Nothing else was changed.</numerusform>
            <numerusform>… and %n more. Nothing else was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are still where they were.</source>
        <translation>
            <numerusform>It is still where it was.</numerusform>
            <numerusform>They are still where they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message numerus="yes">
        <source>sort %n suggested photos</source>
        <translation>
            <numerusform>sort %n suggested photo</numerusform>
            <numerusform>sort %n suggested photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message numerus="yes">
        <source>%n more in &apos;{name}&apos;</source>
        <translation>
            <numerusform>%n more in &apos;{name}&apos;</numerusform>
            <numerusform>%n more in &apos;{name}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once every class has %n photos: sort {missing}.</source>
        <translation>
            <numerusform>Suggestions start once every class has %n photo: sort {missing}.</numerusform>
            <numerusform>Suggestions start once every class has %n photos: sort {missing}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions at least {percent}% sure · Enter accepts the selected one</source>
        <translation>
            <numerusform>%n suggestion at least {percent}% sure · Enter accepts the selected one</numerusform>
            <numerusform>%n suggestions at least {percent}% sure · Enter accepts the selected one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>photos</source>
        <translation>
            <numerusform>photo</numerusform>
            <numerusform>photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n files left out&lt;/b&gt;, they cannot be read:</source>
        <translation>
            <numerusform>&lt;b&gt;%n file left out&lt;/b&gt;, it cannot be read:</numerusform>
            <numerusform>&lt;b&gt;%n files left out&lt;/b&gt;, they cannot be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainScore</name>
    <message numerus="yes">
        <source>{right} of %n validation photos right — {percent} ({likely})</source>
        <extracomment>glossary: validation photos = 검증용 사진 (the photos kept aside)</extracomment>
        <translation>
            <numerusform>{right} of %n validation photo right — {percent} ({likely})</numerusform>
            <numerusform>{right} of %n validation photos right — {percent} ({likely})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on only %n validation photos, so this score can move a lot from one run to the next. Sort more photos into each class for a steadier score.</source>
        <translation>
            <numerusform>Measured on only %n validation photo, so this score can move a lot from one run to the next. Sort more photos into each class for a steadier score.</numerusform>
            <numerusform>Measured on only %n validation photos, so this score can move a lot from one run to the next. Sort more photos into each class for a steadier score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrongFolderList</name>
    <message numerus="yes">
        <source>Once every class has %n photos, the photos that look like another class are listed here.</source>
        <translation>
            <numerusform>Once every class has %n photo, the photos that look like another class are listed here.</numerusform>
            <numerusform>Once every class has %n photos, the photos that look like another class are listed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n photos may be in the wrong folder&lt;/b&gt; (most doubtful first)</source>
        <extracomment>glossary: 잘못된 폴더에 있을 수 있음 = may be in the wrong folder</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n photo may be in the wrong folder&lt;/b&gt; (most doubtful first)</numerusform>
            <numerusform>&lt;b&gt;%n photos may be in the wrong folder&lt;/b&gt; (most doubtful first)</numerusform>
        </translation>
    </message>
</context>
</TS>
