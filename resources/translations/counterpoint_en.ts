<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddSourceDialog</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message numerus="yes">
        <source>its span %1:%2 is outside its source, which has %n characters.</source>
        <translation>
            <numerusform>its span %1:%2 is outside its source, which has %n character.</numerusform>
            <numerusform>its span %1:%2 is outside its source, which has %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWork</name>
    <message numerus="yes">
        <source>Its %n claims go with it, with their links, tags and evidence.</source>
        <translation>
            <numerusform>Its %n claim goes with it, with its links, tags and evidence.</numerusform>
            <numerusform>Its %n claims go with it, with their links, tags and evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence attachments</source>
        <translation>
            <numerusform>%n evidence attachment</numerusform>
            <numerusform>%n evidence attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n links are removed (undo puts them back).</source>
        <translation>
            <numerusform>Its %n link is removed (undo puts it back).</numerusform>
            <numerusform>Its %n links are removed (undo puts them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimPane</name>
    <message numerus="yes">
        <source>%n claims</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimSuggestions</name>
    <message numerus="yes">
        <source>Accept %n suggested claims</source>
        <translation>
            <numerusform>Accept %n suggested claim</numerusform>
            <numerusform>Accept %n suggested claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message numerus="yes">
        <source>Delete “{0}”? It is attached to %n claims. You can undo this.</source>
        <translation>
            <numerusform>Delete “{0}”? It is attached to %n claim. You can undo this.</numerusform>
            <numerusform>Delete “{0}”? It is attached to %n claims. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n linked responses not shown: the filter left them out.</source>
        <translation>
            <numerusform>%n linked response not shown: the filter left it out.</numerusform>
            <numerusform>%n linked responses not shown: the filter left them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n claims</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <source>%n linked responses not shown: the filter left them out.</source>
        <translation>
            <numerusform>%n linked response not shown: the filter left it out.</numerusform>
            <numerusform>%n linked responses not shown: the filter left them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exact</numerusform>
            <numerusform>%n exact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposed</numerusform>
            <numerusform>%n proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphans</source>
        <translation>
            <numerusform>%n orphan</numerusform>
            <numerusform>%n orphans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message numerus="yes">
        <source>Delete the tag “{0}”? It is used %n times. You can undo this.</source>
        <translation>
            <numerusform>Delete the tag “{0}”? It is used %n time. You can undo this.</numerusform>
            <numerusform>Delete the tag “{0}”? It is used %n times. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message numerus="yes">
        <source>Colour {0}, used %n times</source>
        <translation>
            <numerusform>Colour {0}, used %n time</numerusform>
            <numerusform>Colour {0}, used %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
