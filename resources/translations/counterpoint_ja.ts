<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint %1
Compare an allegation with the response to it, claim by claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint %1
MIT licence. Copyright (c) The Counterpoint developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, through PySide6 %2 (Qt for Python)
GNU Lesser General Public License v3 (LGPL-3.0). Copyright (c) The Qt Company Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fonts (window and PDFs)
Bitstream Vera licence (Copyright (c) 2003 Bitstream, Inc.) and Arev fonts licence (Copyright (c) 2006 Tavmjong Bah); DejaVu changes are in the public domain. The text ships as resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material Design Icons %1 by Pictogrammers (the icons)
Apache License 2.0, through QtAwesome %2 (MIT licence, Copyright (c) the Spyder development team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtAwesome also bundles Font Awesome Free (fonts SIL Open Font License 1.1, code MIT), Elusive Icons (SIL OFL 1.1), Phosphor (MIT), Remix Icon (Apache License 2.0) and Codicons (CC BY 4.0); Counterpoint does not use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text begins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was not added; see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Counterpoint cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1 was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in this store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 allegation claims, %4 response claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the dispute is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s short name in file names and on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name may hold only lower-case letters a-z, digits and single dashes between them, e.g. “pay-dispute-2026”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the party that makes the allegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the party that responds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case “%1” with all its claims, links and evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file of it is kept in %1; import it (File → Import case file…) to have the case back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>Import case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>The case %1 cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 It stays in the history: undo it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 It stays in the history: redo it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can no longer be undone or redone: %2 The rest of the history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWork</name>
    <message>
        <source>Select a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved; the message above the panes says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case “%1” with all its claims, links and evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file of it is kept in %1; import it to have the case back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the case; its case file is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n claims go with it, with their links, tags and evidence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the claim&apos;s new text in its source first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor inside the claim&apos;s text in the source first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last claim of its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the claim?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the other side?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n links are removed (undo puts them back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDelegate</name>
    <message>
        <source>Unassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLines</name>
    <message>
        <source>Source {n}, characters {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {title}, characters {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: {items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPane</name>
    <message>
        <source>Allegation claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimRows</name>
    <message>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimSplitModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimSuggestions</name>
    <message>
        <source>Suggest claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline the source&apos;s sentences as suggested claims: A accepts one to the allegation, R to the response, X rejects it (a selection: all in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rationale of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the paraphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the speaker of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New allegation claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New response claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 and %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the relation of %1 and %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the evidence record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the evidence record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stance of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the icon of the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %2 with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “%1” off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%2” with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set claim span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move claim to the %1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggested claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggested claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggested link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss suggested link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept proposed place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place claim on candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep claim as orphan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information cre&amp;dibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to the selected claim, with a stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach from the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “{0}”? It is attached to %n claims. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That claim or evidence record is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is already attached to that claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public record supports the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker offered no evidence for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record holds evidence both for and against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be checked against public material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in the current version; not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegation in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses not linked to an allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses whose allegations the filter left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 on %2 with Counterpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the claims matching %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation: %1. Response: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links by relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims, %2 links, %3 evidence records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations (how a response answers an allegation): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence grades (Admiralty scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[E1], [E2], … refer to the evidence listed at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegation has a linked response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: allegation claims (solid underline), response claims (dotted underline), both (dashed); the claim&apos;s id follows its span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegation is unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every response is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence grades (Admiralty scale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim spans are in bold, each followed by its claim id in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the full source text with the claim spans highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the claims matching the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not written: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extraction</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: its reader stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>Counterpoint: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no log file; the details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped what Counterpoint was doing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit you made so far is in the store: each one is saved as you make it (only text marked “Not saved” is not). You can carry on, or close Counterpoint and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Qt stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in claims (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only claims with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only claims with this tag (or a tag nested in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pane the filter narrows; the other pane shows all, and so does an export of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the claims marked as unsupported assertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered allegations: show only allegations no response claim answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradingDialog</name>
    <message>
        <source>Grade student files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases of the store cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of returned case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the class most disagreed with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the class split on each claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of returned files to grade them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading the files in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{graded} student files graded against {slug}; {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file in this folder is a student copy of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claim}: {n} of {m} differ from the key ({key}); most chose {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of returned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export grades as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gutter</name>
    <message>
        <source>Links between the panes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Show in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter or leave the field to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Change the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link two claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response claim… (press 1–7, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was upgraded from schema %1; it was backed up first to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was upgraded from schema %1. Counterpoint makes no backup of a server&apos;s database: backing it up is for you or its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint keeps backups of a store kept in a file. A server&apos;s database is backed up and restored with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1; the store as it was is backed up in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the case “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the case “%1”: the store holds it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases of the store cannot be listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 The screen shows what the store holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim on each side to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a case of your own: its title and the two parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another case in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case file into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the store&apos;s backups in its place (the store is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Counterpoint; every edit is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of edits that can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the claims by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;allegation pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;response pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the case in a classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for students: the claims side by side, a blank for each assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;answer key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet with the assessments and rationales filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;student copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file with every assessment cleared, for a student to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade student files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare returned student copies with this case&apos;s assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected claim as supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;unsupported assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected claim as an unsupported assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected claim as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link, relink or unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the claims selected on each side, change their relation or unlink them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a statement, article or reply from a file (text, HTML, PDF, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste text as source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s text as a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete s&amp;ource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source shown in the Source panel, with its claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected claim with its links, tags and evidence (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set span from s&amp;election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected claim&apos;s text becomes the text selected in the Source panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spli&amp;t claim at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the selected claim where the cursor is in the Source panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with next claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected claim with the next claim of its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the ot&amp;her side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected claim to the other side (its links are removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case p&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s title, description and the two parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case; a case file of it is kept beside the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next claim in the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End, Page Up / Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last claim, a page up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the first claim linked to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–7 (in the link dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the relation; Enter confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in the link dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the two claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in a pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A / R / X (in the source, suggestions on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested claim to the allegation / the response; reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Delete (in Suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the suggested response / dismiss the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in a pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotSavedBar</name>
    <message>
        <source>Not saved: the store still holds the earlier text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{key} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in the current version; not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale ({who}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLEGATION · {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONSE · {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allegation has a linked response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked responses not shown: the filter left them out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{key} (continued): “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response is linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses not linked to an allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses whose allegations the filter left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its allegations are filtered out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint · annotated comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lay out the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNOTATED COMPARISON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by {who} on {when} with Counterpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the claims matching {filter}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links by relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence records: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence grades (Admiralty scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations: {relations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrow points from each response to the allegation it answers, with the relation written above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[E1], [E2] … refer to the evidence listed under Evidence, with its citation and grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation claims are highlighted in orange and underlined, response claims in blue with a dotted underline; the claim&apos;s id follows its span in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response {a} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses {a}–{b} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ next   ← back   R reveal   H contrast   Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no claims to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLEGATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses linked to no allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response answers this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment hidden (R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in the store&apos;s place. The store as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no backups yet: one is made each day it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceTextDock</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New allegation claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New response claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new claim from the selected text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does “{0}” bear on “{1}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentCopy</name>
    <message>
        <source>This is a student copy of a case. Type your name, so your teacher knows whose it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name was not saved: %1

Save it again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa is undefined: no claim was compared, or the student and the key gave every compared claim one and the same status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>%1 · suggested: %2 · %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsDock</name>
    <message>
        <source>Suggested links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an allegation to see the responses that may answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses that may answer %1 (suggestions; Enter links, Delete dismisses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more suggestions for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChoiceDialog</name>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only claims with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain tag icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1

Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”? Everything tagged with it gets the other tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “{0}”? It is used %n times. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Colour {0}, used %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factual assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accusation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-accusation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to a standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter-accuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clarifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student copy (case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet for students (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability %1: %2
Information credibility %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Allegation {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{response} {relation} {allegation} →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses linked to no allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In other words: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The key gives no rationale for this claim.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {a}   Class: {b}   Date: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation (left): {party}.   Response (right): {party2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key: the teacher&apos;s status is ticked, the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each claim, tick the status you think it deserves and write your reason on the lines. Supported: the public record backs it. Unsupported: the speaker offered no evidence for it. Disputed: there is evidence both for and against it. Unverifiable: it cannot be checked against public material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lay out the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NameEditing</name>
    <message>
        <source>Not saved: Enter saves it again, Escape discards it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Saving</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <source>Not saved: %1 Press OK to save again, or Cancel to discard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
