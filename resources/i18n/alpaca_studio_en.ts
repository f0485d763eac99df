<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
