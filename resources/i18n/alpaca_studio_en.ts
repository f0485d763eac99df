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
</TS>
