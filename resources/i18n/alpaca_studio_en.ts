<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
