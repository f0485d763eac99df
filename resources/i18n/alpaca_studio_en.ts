<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
