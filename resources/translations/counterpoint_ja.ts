<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Counterpoint</source>
        <translation>Counterpoint について</translation>
    </message>
    <message>
        <source>Counterpoint %1
Compare an allegation with the response to it, claim by claim.</source>
        <translation>Counterpoint %1
申し立てとそれへの反論を、主張ごとに比較します。</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>Counterpoint %1
MIT licence. Copyright (c) The Counterpoint developers.</source>
        <translation>Counterpoint %1
MIT ライセンス。Copyright (c) The Counterpoint developers.</translation>
    </message>
    <message>
        <source>Qt %1, through PySide6 %2 (Qt for Python)
GNU Lesser General Public License v3 (LGPL-3.0). Copyright (c) The Qt Company Ltd.</source>
        <translation>Qt %1（PySide6 %2 経由、Qt for Python）
GNU Lesser General Public License v3（LGPL-3.0）。Copyright (c) The Qt Company Ltd.</translation>
    </message>
    <message>
        <source>%1 fonts (window and PDFs)
Bitstream Vera licence (Copyright (c) 2003 Bitstream, Inc.) and Arev fonts licence (Copyright (c) 2006 Tavmjong Bah); DejaVu changes are in the public domain. The text ships as resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>%1 フォント（ウィンドウと PDF）
Bitstream Vera ライセンス（Copyright (c) 2003 Bitstream, Inc.）および Arev フォントライセンス（Copyright (c) 2006 Tavmjong Bah）。DejaVu の変更はパブリックドメインです。全文は resources/fonts/LICENSE-DejaVu.txt に同梱されています。</translation>
    </message>
    <message>
        <source>%1 fonts (Japanese in the window and PDFs)
A subset of Noto Sans CJK JP, renamed as its licence asks: SIL Open Font License 1.1. Copyright 2014-2021 Adobe, with Reserved Font Name &apos;Source&apos;. The text ships as resources/fonts/LICENSE-NotoSansCJK.txt.</source>
        <translation>%1 フォント（ウィンドウと PDF の日本語）
Noto Sans CJK JP のサブセットで、ライセンスの求めに従って名前を変えています。SIL Open Font License 1.1。Copyright 2014-2021 Adobe, with Reserved Font Name &apos;Source&apos;。ライセンス文は resources/fonts/LICENSE-NotoSansCJK.txt として同梱しています。</translation>
    </message>
    <message>
        <source>Material Design Icons %1 by Pictogrammers (the icons)
Apache License 2.0, through QtAwesome %2 (MIT licence, Copyright (c) the Spyder development team).</source>
        <translation>Pictogrammers による Material Design Icons %1（アイコン）
Apache License 2.0。QtAwesome %2 経由（MIT ライセンス、Copyright (c) the Spyder development team）。</translation>
    </message>
    <message>
        <source>QtAwesome also bundles Font Awesome Free (fonts SIL Open Font License 1.1, code MIT), Elusive Icons (SIL OFL 1.1), Phosphor (MIT), Remix Icon (Apache License 2.0) and Codicons (CC BY 4.0); Counterpoint does not use them.</source>
        <translation>QtAwesome には Font Awesome Free（フォントは SIL Open Font License 1.1、コードは MIT）、Elusive Icons（SIL OFL 1.1）、Phosphor（MIT）、Remix Icon（Apache License 2.0）、Codicons（CC BY 4.0）も同梱されていますが、Counterpoint はこれらを使用しません。</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <source>Add source</source>
        <translation>出典を追加</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>「%1」を読み込み中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM または YYYY</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>例: ja</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>発行元(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quality note</source>
        <translation>品質に関する注記(&amp;Q)</translation>
    </message>
    <message>
        <source>The text begins:</source>
        <translation>本文の冒頭:</translation>
    </message>
    <message>
        <source>Nothing was added to the case.</source>
        <translation>ケースには何も追加されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>出典にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The source was not added; see the message above.</source>
        <translation>出典は追加されませんでした。上のメッセージを参照してください。</translation>
    </message>
</context>
<context>
    <name>AnchorEdits</name>
    <message>
        <source>The span %1–%2 is empty or outside the current version of the source; nothing was changed.</source>
        <translation>範囲 %1–%2 は空か、出典の現在の版の外にあります。何も変更されていません。</translation>
    </message>
    <message>
        <source>The span is only blank space; select words to quote.</source>
        <translation>範囲が空白だけです。引用する語句を選択してください。</translation>
    </message>
    <message>
        <source>A quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Claim %1 has no candidate %2 in the current version.</source>
        <translation>主張 %1 には、現在の版に候補 %2 がありません。</translation>
    </message>
    <message>
        <source>Claim %1 has no proposal to accept.</source>
        <translation>主張 %1 には採用できる提案がありません。</translation>
    </message>
    <message>
        <source>Claim %1 is in the current version of its source.</source>
        <translation>主張 %1 は出典の現在の版にあります。</translation>
    </message>
    <message>
        <source>Claim %1 is already kept as an orphan.</source>
        <translation>主張 %1 はすでに孤立したまま残されています。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Counterpoint cannot open the store</source>
        <translation>Counterpoint はストアを開けません</translation>
    </message>
    <message>
        <source>The store at %1 was left as it is.</source>
        <translation>%1 のストアは変更されていません。</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>%1, on %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, as %2</source>
        <translation>%1（%2 として）</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>%1 として</translation>
    </message>
</context>
<context>
    <name>AuthorPrompt</name>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Your name is recorded with every edit you make: the case&apos;s history, the inspector and the exports show who assessed, linked or noted what.
Colleagues on a team store see it too.</source>
        <translation>あなたの名前は、あなたが行うすべての編集とともに記録されます。ケースの履歴、インスペクター、書き出しに、誰が評価し、リンクし、メモしたかが表示されます。
チームのストアでは同僚にも表示されます。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot make the backup %1: %2.</source>
        <translation>バックアップ %1 を作成できません: %2。</translation>
    </message>
    <message>
        <source>The backup %1 did not read back whole; it was removed.</source>
        <translation>バックアップ %1 を完全に読み戻せなかったため、削除しました。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>Cannot make the backup %1: %2. The partial copy was removed.</source>
        <translation>バックアップ %1 を作成できません: %2。途中までのコピーは削除しました。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; nothing was restored.</source>
        <translation>バックアップ %1 は壊れています。何も復元されていません。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <source>Open case</source>
        <translation>ケースを開く</translation>
    </message>
    <message>
        <source>Cases in this store:</source>
        <translation>このストアのケース:</translation>
    </message>
    <message>
        <source>%1
%2 · %3 allegation claims, %4 response claims</source>
        <translation>%1
%2 · 申し立ての主張 %3 件、反論の主張 %4 件</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case properties</source>
        <translation>ケースのプロパティ</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <source>What the dispute is about</source>
        <translation>争点の内容</translation>
    </message>
    <message>
        <source>The case&apos;s short name in file names and on the command line</source>
        <translation>ファイル名やコマンドラインで使うケースの短い名前</translation>
    </message>
    <message>
        <source>Who makes the allegation</source>
        <translation>申し立てを行う当事者</translation>
    </message>
    <message>
        <source>Who answers it</source>
        <translation>それに答える当事者</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>短い名前(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>当事者(&amp;P)</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>説明(&amp;C)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>ケースを作成</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>ケースを削除…</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>ケースにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The short name may hold only lower-case letters a-z, digits and single dashes between them, e.g. “pay-dispute-2026”.</source>
        <translation>短い名前に使えるのは小文字の a～z、数字、その間の単独のハイフンだけです（例:「pay-dispute-2026」）。</translation>
    </message>
    <message>
        <source>Name the party that makes the allegation.</source>
        <translation>申し立てを行う当事者の名前を入力してください。</translation>
    </message>
    <message>
        <source>Name the party that responds.</source>
        <translation>反論する当事者の名前を入力してください。</translation>
    </message>
    <message>
        <source>the store&apos;s folder</source>
        <translation>ストアのフォルダー</translation>
    </message>
    <message>
        <source>Delete the case?</source>
        <translation>ケースを削除しますか?</translation>
    </message>
    <message>
        <source>Delete the case “%1” with all its claims, links and evidence?</source>
        <translation>ケース「%1」を、そのすべての主張・リンク・証拠とともに削除しますか?</translation>
    </message>
    <message>
        <source>A case file of it is kept in %1; import it (File → Import case file…) to have the case back.</source>
        <translation>ケースファイルが %1 に保存されます。ケースを元に戻すには、それを読み込んでください（ファイル → ケースファイルを読み込む…）。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースを削除</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1を空にすることはできません。</translation>
    </message>
    <message>
        <source>The slug %1 is not one a case can have: lower-case letters and digits, words joined by single hyphens, at most 120 characters.</source>
        <translation>%1 はケースの短い名前として使えません。小文字と数字を単独のハイフンでつないだ、120 文字以内の名前にしてください。</translation>
    </message>
    <message>
        <source>A case with the slug %1 is already in the store.</source>
        <translation>短い名前が %1 のケースはすでにストアにあります。</translation>
    </message>
    <message>
        <source>That case is no longer in the store.</source>
        <translation>そのケースはもうストアにありません。</translation>
    </message>
    <message>
        <source>The party making the allegation</source>
        <translation>申し立てる当事者</translation>
    </message>
    <message>
        <source>The party responding</source>
        <translation>反論する当事者</translation>
    </message>
    <message>
        <source>A case&apos;s title</source>
        <translation>ケースのタイトル</translation>
    </message>
    <message>
        <source>A case&apos;s description</source>
        <translation>ケースの説明</translation>
    </message>
    <message>
        <source>A side&apos;s description</source>
        <translation>側の説明</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <source>A source needs some text; this one is empty. Nothing was added.</source>
        <translation>出典にはテキストが必要ですが、これは空です。何も追加されていません。</translation>
    </message>
    <message>
        <source>A source&apos;s title</source>
        <translation>出典のタイトル</translation>
    </message>
    <message>
        <source>A publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>A URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>A language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A quality note</source>
        <translation>品質メモ</translation>
    </message>
    <message>
        <source>A source read from a file needs both the file&apos;s name and its SHA-256.</source>
        <translation>ファイルから読み込んだ出典には、ファイル名と SHA-256 の両方が必要です。</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 in lower-case hex.</source>
        <translation>%1 は小文字の 16 進数で書かれた SHA-256 ではありません。</translation>
    </message>
    <message>
        <source>A file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>An extractor&apos;s name</source>
        <translation>抽出器の名前</translation>
    </message>
    <message>
        <source>An encoding</source>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <source>A kind of file</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <source>%1 is already a source of this case (“%2”); it was not added again.</source>
        <translation>%1 はすでにこのケースの出典です（「%2」）。もう一度追加はしませんでした。</translation>
    </message>
    <message>
        <source>Source %1 is no longer in the store.</source>
        <translation>出典 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>Source %1 is already in the store.</source>
        <translation>出典 %1 はすでにストアにあります。</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>Import case file</source>
        <translation>ケースファイルを読み込む</translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation>ケースファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>it contains a NUL character (U+0000), which a case cannot hold.</source>
        <translation>ケースに保存できない NUL 文字（U+0000）が含まれています。</translation>
    </message>
    <message>
        <source>it contains a lone surrogate (U+%1), which is not a character.</source>
        <translation>文字ではない単独のサロゲート（U+%1）が含まれています。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>the id %1 is used more than once.</source>
        <translation>ID %1 が複数回使われています。</translation>
    </message>
    <message>
        <source>there must be one allegation side and one response side.</source>
        <translation>申し立ての側と反論の側が 1 つずつ必要です。</translation>
    </message>
    <message>
        <source>its side %1 is not a side of this case.</source>
        <translation>側 %1 はこのケースの側ではありません。</translation>
    </message>
    <message>
        <source>its source %1 is not a source of this case.</source>
        <translation>出典 %1 はこのケースの出典ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>its span %1:%2 is outside its source, which has %n characters.</source>
        <translation>
            <numerusform>範囲 %1:%2 が出典（%n 文字）の外にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>its quote does not match the source text at %1:%2 (the source has %3 there).</source>
        <translation>引用が %1:%2 の出典テキストと一致しません（出典のその位置は %3 です）。</translation>
    </message>
    <message>
        <source>its tag %1 is not a tag of this case.</source>
        <translation>タグ %1 はこのケースのタグではありません。</translation>
    </message>
    <message>
        <source>it names the same tag twice.</source>
        <translation>同じタグが 2 回指定されています。</translation>
    </message>
    <message>
        <source>its evidence %1 is not an evidence record of this case.</source>
        <translation>証拠 %1 はこのケースの証拠記録ではありません。</translation>
    </message>
    <message>
        <source>it attaches the same evidence record twice.</source>
        <translation>同じ証拠記録が 2 回添付されています。</translation>
    </message>
    <message>
        <source>its %1 %2 is not a claim of this case.</source>
        <translation>%1 の %2 はこのケースの主張ではありません。</translation>
    </message>
    <message>
        <source>its %1 %2 is a claim of the other side.</source>
        <translation>%1 の %2 は反対側の主張です。</translation>
    </message>
    <message>
        <source>it links the same two claims as an earlier link.</source>
        <translation>前のリンクと同じ 2 つの主張をリンクしています。</translation>
    </message>
    <message>
        <source>its tag %1 is not a tag.</source>
        <translation>タグ %1 はタグではありません。</translation>
    </message>
    <message>
        <source>its parent %1 is not a tag.</source>
        <translation>親 %1 はタグではありません。</translation>
    </message>
    <message>
        <source>its parents form a loop.</source>
        <translation>親がループしています。</translation>
    </message>
    <message>
        <source>its versions must be numbered 1, 2, … in order; found %1 at %2.</source>
        <translation>版には 1、2、… と順に番号を付ける必要がありますが、%2 番目が %1 です。</translation>
    </message>
    <message>
        <source>the SHA-256 of its version %1 does not match that version&apos;s text.</source>
        <translation>第 %1 版の SHA-256 がその版のテキストと一致しません。</translation>
    </message>
    <message>
        <source>its text is not the text of its last version.</source>
        <translation>テキストが最後の版のテキストではありません。</translation>
    </message>
    <message>
        <source>an exact claim names no version, reason or candidates.</source>
        <translation>正確に配置された主張には、版・理由・候補を指定しません。</translation>
    </message>
    <message>
        <source>a proposed claim needs at least one candidate.</source>
        <translation>提案された主張には候補が 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>a candidate&apos;s span %1:%2 is outside its source.</source>
        <translation>候補の範囲 %1:%2 が出典の外にあります。</translation>
    </message>
    <message>
        <source>its anchor names version %1, which its source does not have.</source>
        <translation>アンカーが第 %1 版を指していますが、出典にその版はありません。</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>The file names the field %1 twice in one object.</source>
        <translation>1 つのオブジェクトでフィールド %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>a number of %1 digits</source>
        <translation>%1 桁の数</translation>
    </message>
    <message>
        <source>The file contains %1, which JSON does not allow.</source>
        <translation>JSON では使えない %1 が含まれています。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 is the open store itself, not a case file; not read.</source>
        <translation>%1 は開いているストアそのもので、ケースファイルではありません。読み込みませんでした。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; larger case files are refused.</source>
        <translation>%1 は %2 MiB を超えています。これより大きいケースファイルは受け付けません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; refused.</source>
        <translation>%1 は %2 MiB を超えているため、受け付けません。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (bad byte at offset %2).</source>
        <translation>%1 は UTF-8 のテキストではありません（オフセット %2 に不正なバイトがあります）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 は正しい JSON ではありません: %3 行 %4 列目で %2。</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be a case file.</source>
        <translation>%1 は入れ子が深すぎて、ケースファイルとして読めません。</translation>
    </message>
    <message>
        <source>%1 is not a Counterpoint case file: its top level is %2, not an object.</source>
        <translation>%1 は Counterpoint のケースファイルではありません: 最上位がオブジェクトではなく %2 です。</translation>
    </message>
    <message>
        <source>%1 is not a Counterpoint case file: its &quot;format&quot; is %2, not %3.</source>
        <translation>%1 は Counterpoint のケースファイルではありません: &quot;format&quot; が %3 ではなく %2 です。</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number, not %2.</source>
        <translation>%1: &quot;version&quot; は整数でなければなりません（%2 になっています）。</translation>
    </message>
    <message>
        <source>%1 is in case-file version %2, from a newer Counterpoint; this version reads version %3.</source>
        <translation>%1 はケースファイル形式の第 %2 版で、より新しい Counterpoint のものです。このバージョンが読めるのは第 %3 版です。</translation>
    </message>
    <message>
        <source>%1 is in case-file version %2, from an unknown Counterpoint; this version reads version %3.</source>
        <translation>%1 はケースファイル形式の第 %2 版で、不明な Counterpoint のものです。このバージョンが読めるのは第 %3 版です。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot;, which version 2 requires.</source>
        <translation>第 2 版で必須の &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>it has &quot;%1&quot;, which only case-file version 2 has.</source>
        <translation>ケースファイル形式の第 2 版にしかない &quot;%1&quot; があります。</translation>
    </message>
    <message>
        <source>the value %1.</source>
        <translation>値が正しくありません: %1。</translation>
    </message>
    <message>
        <source>the value does not follow the schema.</source>
        <translation>値がスキーマに従っていません。</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1 の %2: %3</translation>
    </message>
    <message>
        <source>it has %1 items; at most %2 are allowed.</source>
        <translation>項目が %1 個あります。使えるのは最大 %2 個です。</translation>
    </message>
    <message>
        <source>it has %1 characters; at most %2 are allowed.</source>
        <translation>%1 文字あります。使えるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>a whole number is needed, without a decimal point.</source>
        <translation>小数点のない整数が必要です。</translation>
    </message>
    <message>
        <source>%1 holds a case whose case file is %2 MiB as Counterpoint writes it; cases larger than %3 MiB are refused, so that every case in the store can be exported and imported again.</source>
        <translation>%1 のケースは、Counterpoint が書き出すとケースファイルが %2 MiB になります。ストアのどのケースも書き出して読み込み直せるよう、%3 MiB を超えるケースは受け付けません。</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>すべての日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Edits of the case</source>
        <translation>ケースの編集</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>until</source>
        <translation>まで</translation>
    </message>
    <message>
        <source>The case&apos;s authors cannot be read:</source>
        <translation>ケースの作成者を読み込めません:</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>The history of the case cannot be read:</source>
        <translation>ケースの履歴を読み込めません:</translation>
    </message>
    <message>
        <source>Edits shown: %1</source>
        <translation>表示中の編集: %1</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>The case %1 cannot be opened:</source>
        <translation>ケース %1 を開けません:</translation>
    </message>
    <message>
        <source>Colleagues&apos; edits cannot be shown:</source>
        <translation>同僚の編集を表示できません:</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>Kept %1’s version: %2</source>
        <translation>%1 の版を残しました: %2</translation>
    </message>
    <message>
        <source>The store cannot be reached, so nothing was changed; Counterpoint is reconnecting. Make the edit again once the connection is back.</source>
        <translation>ストアに接続できないため、何も変更されていません。Counterpoint は再接続中です。接続が戻ったら、もう一度編集してください。</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 It stays in the history: undo it again later.</source>
        <translation>「%1」は元に戻されませんでした: %2 履歴には残っているので、後でもう一度元に戻してください。</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 It stays in the history: redo it again later.</source>
        <translation>「%1」はやり直されませんでした: %2 履歴には残っているので、後でもう一度やり直してください。</translation>
    </message>
    <message>
        <source>%1 (no longer possible)</source>
        <translation>%1（実行できなくなりました）</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>「%1」は元に戻されませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2</source>
        <translation>「%1」はやり直されませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” can no longer be undone or redone: %2 The rest of the history is kept.</source>
        <translation>「%1」はもう元に戻すこともやり直すこともできません: %2 ほかの履歴はそのまま残ります。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>やり直しました: %1</translation>
    </message>
</context>
<context>
    <name>CaseWork</name>
    <message>
        <source>Select a claim first.</source>
        <translation>先に主張を選択してください。</translation>
    </message>
    <message>
        <source>Made the case %1.</source>
        <translation>ケース %1 を作成しました。</translation>
    </message>
    <message>
        <source>Not saved; the message above the panes says why.</source>
        <translation>保存されていません。理由はペインの上のメッセージを参照してください。</translation>
    </message>
    <message>
        <source>Delete the case?</source>
        <translation>ケースを削除しますか?</translation>
    </message>
    <message>
        <source>Delete the case “%1” with all its claims, links and evidence?</source>
        <translation>ケース「%1」を、そのすべての主張・リンク・証拠とともに削除しますか?</translation>
    </message>
    <message>
        <source>A case file of it is kept in %1; import it to have the case back.</source>
        <translation>ケースファイルが %1 に保存されます。読み込めばケースを元に戻せます。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>ケースは削除されませんでした</translation>
    </message>
    <message>
        <source>Deleted the case; its case file is %1.</source>
        <translation>ケースを削除しました。ケースファイルは %1 です。</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>出典を追加</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>the clipboard&apos;s text</source>
        <translation>クリップボードのテキスト</translation>
    </message>
    <message>
        <source>Delete the source “%1”?</source>
        <translation>出典「%1」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n claims go with it, with their links, tags and evidence.</source>
        <translation>
            <numerusform>その %n 件の主張も、リンク・タグ・証拠とともに削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is made from it.</source>
        <translation>この出典から作られた主張はありません。</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>出典を削除</translation>
    </message>
    <message>
        <source>This case has no source to revise: add one first.</source>
        <translation>このケースには改訂する出典がありません。まず出典を追加してください。</translation>
    </message>
    <message>
        <source>Show the source to revise in the Source panel first.</source>
        <translation>まず改訂する出典を出典パネルに表示してください。</translation>
    </message>
    <message>
        <source>Revise “%1”</source>
        <translation>「%1」を改訂</translation>
    </message>
    <message>
        <source>The new version was not read</source>
        <translation>新しい版は読み込まれませんでした</translation>
    </message>
    <message>
        <source>The source and its claims are as they were.</source>
        <translation>出典とその主張は元のままです。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Version %1: %2.</source>
        <translation>第 %1 版: %2。</translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in its source&apos;s current version first.</source>
        <translation>まず出典の現在の版で主張の語句を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>リンク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence attachments</source>
        <translation>
            <numerusform>証拠の添付 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the claim?</source>
        <translation>主張を削除しますか?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>Its %1 go with it (undo puts them back).</source>
        <translation>その %1 も一緒に削除されます（元に戻すと復元されます）。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>主張を削除</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new text in its source first.</source>
        <translation>先に出典の中で主張の新しいテキストを選択してください。</translation>
    </message>
    <message>
        <source>Put the cursor inside the claim&apos;s text in the source first.</source>
        <translation>先に出典の中で主張のテキスト内にカーソルを置いてください。</translation>
    </message>
    <message>
        <source>%1 is the last claim of its side.</source>
        <translation>%1 はその側の最後の主張です。</translation>
    </message>
    <message>
        <source>Move the claim?</source>
        <translation>主張を移動しますか?</translation>
    </message>
    <message>
        <source>Move %1 to the other side?</source>
        <translation>%1 を反対側に移動しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n links are removed (undo puts them back).</source>
        <translation>
            <numerusform>その %n 件のリンクは削除されます（元に戻すと復元されます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move claim</source>
        <translation>主張を移動</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>No case with the slug %1 is in the store.</source>
        <translation>短い名前が %1 のケースはストアにありません。</translation>
    </message>
</context>
<context>
    <name>ClaimDelegate</name>
    <message>
        <source>Unassessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>根拠なし</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争いあり</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>検証不能</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>発言者不明</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未リンク</translation>
    </message>
</context>
<context>
    <name>ClaimEdits</name>
    <message>
        <source>%1 is not a kind of claim.</source>
        <translation>%1 は主張の種類ではありません。</translation>
    </message>
    <message>
        <source>Claim %1 is no longer in the store.</source>
        <translation>主張 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>Claim %1 is already in the store.</source>
        <translation>主張 %1 はすでにストアにあります。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <source>A paraphrase</source>
        <translation>言い換え</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>A case can hold at most %1 claims; this one is full.</source>
        <translation>1 つのケースに入れられる主張は最大 %1 件で、このケースはいっぱいです。</translation>
    </message>
    <message>
        <source>%1 is not a side.</source>
        <translation>%1 は側ではありません。</translation>
    </message>
    <message>
        <source>That source is not in this case.</source>
        <translation>その出典はこのケースにありません。</translation>
    </message>
    <message>
        <source>Select some text first: the span %1–%2 is empty or outside the source.</source>
        <translation>先にテキストを選択してください: 範囲 %1–%2 は空か、出典の外にあります。</translation>
    </message>
    <message>
        <source>The selected text is only blank space; select words to quote.</source>
        <translation>選択したテキストは空白だけです。引用する語句を選択してください。</translation>
    </message>
    <message>
        <source>This case has no allegation side.</source>
        <translation>このケースには申し立ての側がありません。</translation>
    </message>
    <message>
        <source>This case has no response side.</source>
        <translation>このケースには反論の側がありません。</translation>
    </message>
    <message>
        <source>The span %1–%2 is empty or outside the source, which has %3 characters; the claim was not changed.</source>
        <translation>範囲 %1–%2 は空か、出典（%3 文字）の外にあります。主張は変更されていません。</translation>
    </message>
    <message>
        <source>That span is only blank space; a claim must quote words.</source>
        <translation>その範囲は空白だけです。主張は語句を引用する必要があります。</translation>
    </message>
    <message>
        <source>The claim already quotes that span.</source>
        <translation>主張はすでにその範囲を引用しています。</translation>
    </message>
    <message>
        <source>Split a claim inside its quote (%1–%2); %3 is at its edge or outside it.</source>
        <translation>主張は引用（%1–%2）の内側で分割してください。%3 は端か外側です。</translation>
    </message>
    <message>
        <source>Split a claim inside its quote, between words: at its start or end there is nothing to split off.</source>
        <translation>主張は引用の内側の語句の間で分割してください。先頭や末尾では切り離すものがありません。</translation>
    </message>
    <message>
        <source>A claim cannot be merged with itself.</source>
        <translation>主張をそれ自身と結合することはできません。</translation>
    </message>
    <message>
        <source>Only claims of the same side, from the same source, can be merged.</source>
        <translation>結合できるのは、同じ側の、同じ出典の主張だけです。</translation>
    </message>
    <message>
        <source>Merge a claim with the one that follows it in the source.</source>
        <translation>主張は、出典でその後に続く主張と結合してください。</translation>
    </message>
    <message>
        <source>Only adjacent claims can be merged: another claim of this side lies between them.</source>
        <translation>結合できるのは隣り合う主張だけです: 間にこの側の別の主張があります。</translation>
    </message>
    <message>
        <source>Claim %1 is gone.</source>
        <translation>主張 %1 はなくなっています。</translation>
    </message>
    <message>
        <source>This case has no other side to move the claim to.</source>
        <translation>このケースには主張を移せる反対側がありません。</translation>
    </message>
</context>
<context>
    <name>ClaimLines</name>
    <message>
        <source>Source {n}, characters {start}–{end}</source>
        <translation>出典 {n}、{start}～{end} 文字目</translation>
    </message>
    <message>
        <source>Source: {title}, characters {start}–{end}</source>
        <translation>出典: {title}、{start}～{end} 文字目</translation>
    </message>
    <message>
        <source>Source {n}: {title}</source>
        <translation>出典 {n}: {title}</translation>
    </message>
    <message>
        <source>Answered by: {items}</source>
        <translation>回答: {items}</translation>
    </message>
    <message>
        <source>Answers: {items}</source>
        <translation>回答先: {items}</translation>
    </message>
</context>
<context>
    <name>ClaimPane</name>
    <message>
        <source>Allegation claims</source>
        <translation>申し立ての主張</translation>
    </message>
    <message>
        <source>Response claims</source>
        <translation>反論の主張</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation>
            <numerusform>主張 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>No case is open.

File → New case… starts one of your own; File → Open case… opens one of the store&apos;s.</source>
        <translation>ケースが開かれていません。

ファイル → 新しいケース… で自分のケースを始められます。ファイル → ケースを開く… でストアのケースを開けます。</translation>
    </message>
    <message>
        <source>No claim on this side matches the filter.</source>
        <translation>この側にはフィルターに合う主張がありません。</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>New allegation claim</source>
        <translation>新しい申し立ての主張</translation>
    </message>
    <message>
        <source>New response claim</source>
        <translation>新しい反論の主張</translation>
    </message>
    <message>
        <source>No claims here yet.

1. Add a source: Case → Add source… (a file), Case → Paste text as source…, or drop a file on the window.
2. In the Source panel, select the words of a claim and press “%1”.</source>
        <translation>まだ主張がありません。

1. 出典を追加します: ケース → 出典を追加…（ファイル）、ケース → テキストを出典として貼り付け…、またはファイルをウィンドウにドロップします。
2. 出典パネルで主張の語句を選択し、「%1」を押します。</translation>
    </message>
</context>
<context>
    <name>ClaimRows</name>
    <message>
        <source>Unknown speaker</source>
        <translation>発言者不明</translation>
    </message>
</context>
<context>
    <name>ClaimSplitModel</name>
    <message>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>不一致</translation>
    </message>
</context>
<context>
    <name>ClaimSuggestions</name>
    <message>
        <source>Suggest claims</source>
        <translation>主張を提案</translation>
    </message>
    <message>
        <source>Outline the source&apos;s sentences as suggested claims: A accepts one to the allegation, R to the response, X rejects it (a selection: all in it)</source>
        <translation>出典の文を主張の候補として囲みます: A で申し立てに採用、R で反論に採用、X で却下（選択範囲があればその中のすべて）</translation>
    </message>
    <message>
        <source>Split into clauses</source>
        <translation>節に分割</translation>
    </message>
    <message>
        <source>Suggest each clause of a sentence (split at ; and : and at but, while…)</source>
        <translation>文の各節を提案します（; や : や but、while… で分割）</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested claims</source>
        <translation>
            <numerusform>提案された主張 %n 件を採用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>— %1, in “%2”</source>
        <translation>— %1、「%2」より</translation>
    </message>
</context>
<context>
    <name>ColleagueEdits</name>
    <message>
        <source>a claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>%1 marked %2 %3</source>
        <translation>%1 が %2 を %3 にしました</translation>
    </message>
    <message>
        <source>%1 edited the rationale of %2</source>
        <translation>%1 が %2 の根拠を編集しました</translation>
    </message>
    <message>
        <source>%1 cleared the assessment of %2</source>
        <translation>%1 が %2 の評価を消去しました</translation>
    </message>
    <message>
        <source>%1 linked %2 and %3</source>
        <translation>%1 が %2 と %3 をリンクしました</translation>
    </message>
    <message>
        <source>%1 unlinked %2 and %3</source>
        <translation>%1 が %2 と %3 のリンクを解除しました</translation>
    </message>
    <message>
        <source>%1 changed the link between %2 and %3</source>
        <translation>%1 が %2 と %3 のリンクを変更しました</translation>
    </message>
    <message>
        <source>%1 tagged %2</source>
        <translation>%1 が %2 にタグを付けました</translation>
    </message>
    <message>
        <source>%1 took a tag off %2</source>
        <translation>%1 が %2 からタグを外しました</translation>
    </message>
    <message>
        <source>%1 attached evidence to %2</source>
        <translation>%1 が %2 に証拠を添付しました</translation>
    </message>
    <message>
        <source>%1 detached evidence from %2</source>
        <translation>%1 が %2 から証拠を外しました</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 が %2 を追加しました</translation>
    </message>
    <message>
        <source>%1 deleted a claim</source>
        <translation>%1 が主張を削除しました</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>%1 が %2 を編集しました</translation>
    </message>
    <message>
        <source>%1 changed the case</source>
        <translation>%1 がケースを変更しました</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（ほか %2 件）</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>a tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>an evidence record</source>
        <translation>証拠記録</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 を「%2」にする</translation>
    </message>
    <message>
        <source>Edit the rationale of %1</source>
        <translation>%1 の根拠を編集</translation>
    </message>
    <message>
        <source>Edit the paraphrase of %1</source>
        <translation>%1 の言い換えを編集</translation>
    </message>
    <message>
        <source>Edit the speaker of %1</source>
        <translation>%1 の発言者を編集</translation>
    </message>
    <message>
        <source>Change the kind of %1</source>
        <translation>%1 の種類を変更</translation>
    </message>
    <message>
        <source>Edit the notes of %1</source>
        <translation>%1 のメモを編集</translation>
    </message>
    <message>
        <source>New allegation claim</source>
        <translation>新しい申し立ての主張</translation>
    </message>
    <message>
        <source>New response claim</source>
        <translation>新しい反論の主張</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Link %1 and %2 (%3)</source>
        <translation>%1 と %2 をリンク（%3）</translation>
    </message>
    <message>
        <source>Unlink %1 and %2</source>
        <translation>%1 と %2 のリンクを解除</translation>
    </message>
    <message>
        <source>Change the relation of %1 and %2 to %3</source>
        <translation>%1 と %2 の関係を「%3」に変更</translation>
    </message>
    <message>
        <source>New evidence record “%1”</source>
        <translation>新しい証拠記録「%1」</translation>
    </message>
    <message>
        <source>Edit the evidence record “%1”</source>
        <translation>証拠記録「%1」を編集</translation>
    </message>
    <message>
        <source>Delete the evidence record “%1”</source>
        <translation>証拠記録「%1」を削除</translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>「%1」を %2 に添付</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>「%1」を %2 から外す</translation>
    </message>
    <message>
        <source>Change the stance of “%1” on %2</source>
        <translation>%2 に対する「%1」の立場を変更</translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>新しいタグ「%1」</translation>
    </message>
    <message>
        <source>Rename the tag “%1” to “%2”</source>
        <translation>タグ「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Recolour the tag “%1”</source>
        <translation>タグ「%1」の色を変更</translation>
    </message>
    <message>
        <source>Change the icon of the tag “%1”</source>
        <translation>タグ「%1」のアイコンを変更</translation>
    </message>
    <message>
        <source>Move the tag “%1”</source>
        <translation>タグ「%1」を移動</translation>
    </message>
    <message>
        <source>Merge the tag “%1” into “%2”</source>
        <translation>タグ「%1」を「%2」に統合</translation>
    </message>
    <message>
        <source>Delete the tag “%1”</source>
        <translation>タグ「%1」を削除</translation>
    </message>
    <message>
        <source>Tag %2 with “%1”</source>
        <translation>%2 にタグ「%1」を付ける</translation>
    </message>
    <message>
        <source>Take “%1” off %2</source>
        <translation>%2 からタグ「%1」を外す</translation>
    </message>
    <message>
        <source>Tag “%2” with “%1”</source>
        <translation>「%2」にタグ「%1」を付ける</translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation>「%2」からタグ「%1」を外す</translation>
    </message>
    <message>
        <source>Edit case properties</source>
        <translation>ケースのプロパティを編集</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>出典「%1」を追加</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>出典を削除</translation>
    </message>
    <message>
        <source>Set claim span</source>
        <translation>主張の範囲を設定</translation>
    </message>
    <message>
        <source>Split claim</source>
        <translation>主張を分割</translation>
    </message>
    <message>
        <source>Merge claims</source>
        <translation>主張を結合</translation>
    </message>
    <message>
        <source>Move claim to the %1 side</source>
        <translation>主張を「%1」側に移動</translation>
    </message>
    <message>
        <source>Move claim</source>
        <translation>主張を移動</translation>
    </message>
    <message>
        <source>Accept suggested claim</source>
        <translation>提案された主張を採用</translation>
    </message>
    <message>
        <source>Reject suggested claim</source>
        <translation>提案された主張を却下</translation>
    </message>
    <message>
        <source>Accept suggested link (%1)</source>
        <translation>提案されたリンクを採用（%1）</translation>
    </message>
    <message>
        <source>Dismiss suggested link</source>
        <translation>提案されたリンクを却下</translation>
    </message>
    <message>
        <source>Revise source “%1”</source>
        <translation>出典「%1」を改訂</translation>
    </message>
    <message>
        <source>Accept proposed place</source>
        <translation>提案された位置を採用</translation>
    </message>
    <message>
        <source>Place claim on candidate %1</source>
        <translation>主張を候補 %1 に配置</translation>
    </message>
    <message>
        <source>Keep claim as orphan</source>
        <translation>主張を孤立したまま残す</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>他の人</translation>
    </message>
    <message>
        <source>%1 changed this at %2, after you last saw it.</source>
        <translation>%1 が %2 に、あなたが最後に見た後でこれを変更しました。</translation>
    </message>
    <message>
        <source>%1 changed this after you last saw it.</source>
        <translation>%1 が、あなたが最後に見た後でこれを変更しました。</translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved yet: choose what to keep.</source>
        <translation>あなたの編集「%1」はまだ保存されていません。どちらを残すか選んでください。</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>相手の版（%1）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなたの版</translation>
    </message>
    <message>
        <source>Merge (edit it)</source>
        <translation>統合（編集する）</translation>
    </message>
    <message>
        <source>Their %1</source>
        <translation>相手の %1</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>あなたの %1</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>統合した %1</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <source>Apply mine</source>
        <translation>自分の版を適用</translation>
    </message>
    <message>
        <source>Apply the merge</source>
        <translation>統合を適用</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>A colleague</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>%1 changed it since you last saw it; nothing was changed.</source>
        <translation>%1 が、あなたが最後に見た後でこれを変更しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 changed it at %2, since you last saw it; nothing was changed.</source>
        <translation>%1 が %2 に、あなたが最後に見た後でこれを変更しました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team store</source>
        <translation>チームのストアに接続</translation>
    </message>
    <message>
        <source>A new team store</source>
        <translation>新しいチームのストア</translation>
    </message>
    <message>
        <source>db.example.org or 192.0.2.10</source>
        <translation>db.example.org または 192.0.2.10</translation>
    </message>
    <message>
        <source>the database that holds the cases</source>
        <translation>ケースを保存しているデータベース</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, or no password</source>
        <translation>空欄: ~/.pgpass、またはパスワードなし</translation>
    </message>
    <message>
        <source>libpq&apos;s TLS mode: “require” encrypts; “verify-full” also checks the server&apos;s certificate and name (the safe choice across a network you do not own).</source>
        <translation>libpq の TLS モード: 「require」は暗号化します。「verify-full」はサーバーの証明書と名前も確認します（自分の管理外のネットワークを通るときの安全な選択です）。</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>パスワードをシステムのキーリングに保存</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password is asked each time. To avoid typing it, put it in ~/.pgpass (libpq reads it); Counterpoint never writes it to a file.</source>
        <translation>このコンピューターにはシステムのキーリングがないため、パスワードは毎回尋ねられます。入力を省くには ~/.pgpass に書いてください（libpq が読み込みます）。Counterpoint がパスワードをファイルに書くことはありません。</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近の接続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>ポート(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>TL&amp;S mode</source>
        <translation>TLS モード(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテスト中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>%1 に %2 として接続しました。</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>This edit cannot be made again.</source>
        <translation>この編集はもう一度行えません。</translation>
    </message>
    <message>
        <source>Claim %1 is no longer in the store.</source>
        <translation>主張 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>Evidence record %1 is no longer in the store.</source>
        <translation>証拠記録 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>That link is no longer in the store.</source>
        <translation>そのリンクはもうストアにありません。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM または YYYY</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Citation</source>
        <translation>出典表記(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>Source &amp;reliability</source>
        <translation>情報源の信頼性(&amp;R)</translation>
    </message>
    <message>
        <source>Information cre&amp;dibility</source>
        <translation>情報の確からしさ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>要約(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EvidenceEdits</name>
    <message>
        <source>Evidence has no field %1.</source>
        <translation>証拠にはフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>An evidence record needs a title.</source>
        <translation>証拠記録にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>An evidence record needs a citation: say where it can be found.</source>
        <translation>証拠記録には出典表記が必要です: どこで見つかるかを書いてください。</translation>
    </message>
    <message>
        <source>%1 is not a kind of evidence; use one of %2.</source>
        <translation>%1 は証拠の種類ではありません。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Source reliability must be a letter from A to F, not %1.</source>
        <translation>情報源の信頼性は A～F の文字でなければなりません（%1 になっています）。</translation>
    </message>
    <message>
        <source>Information credibility must be a number from 1 to 6, not %1.</source>
        <translation>情報の確からしさは 1～6 の数でなければなりません（%1 になっています）。</translation>
    </message>
    <message>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD, not %1.</source>
        <translation>日付は YYYY、YYYY-MM、YYYY-MM-DD のいずれかの形で書いてください（%1 になっています）。</translation>
    </message>
    <message>
        <source>A title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>A citation</source>
        <translation>出典表記</translation>
    </message>
    <message>
        <source>A web address</source>
        <translation>Web アドレス</translation>
    </message>
    <message>
        <source>A summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <source>Evidence record %1 is no longer in the store.</source>
        <translation>証拠記録 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>Evidence record %1 is already in the store.</source>
        <translation>証拠記録 %1 はすでにストアにあります。</translation>
    </message>
    <message>
        <source>%1 is not a stance; use one of %2.</source>
        <translation>%1 は立場ではありません。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>A note on attached evidence</source>
        <translation>添付した証拠のメモ</translation>
    </message>
    <message>
        <source>That evidence record belongs to another case.</source>
        <translation>その証拠記録は別のケースのものです。</translation>
    </message>
    <message>
        <source>That evidence is already attached to this claim.</source>
        <translation>その証拠はすでにこの主張に添付されています。</translation>
    </message>
    <message>
        <source>That evidence is not attached to this claim.</source>
        <translation>その証拠はこの主張に添付されていません。</translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message>
        <source>Filter evidence</source>
        <translation>証拠を絞り込む</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attach to the selected claim, with a stance</source>
        <translation>立場を指定して選択中の主張に添付</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Detach from the selected claim</source>
        <translation>選択中の主張から外す</translation>
    </message>
    <message>
        <source>New evidence record</source>
        <translation>新しい証拠記録</translation>
    </message>
    <message>
        <source>Edit evidence record</source>
        <translation>証拠記録を編集</translation>
    </message>
    <message>
        <source>Delete evidence record</source>
        <translation>証拠記録を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{0}”? It is attached to %n claims. You can undo this.</source>
        <translation>
            <numerusform>「{0}」を削除しますか? %n 件の主張に添付されています。この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence record matches “%1”.</source>
        <translation>「%1」に合う証拠記録はありません。</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>No evidence records yet. Press New to describe a report, a document or a test result, then drag it onto a claim (or press Attach).</source>
        <translation>まだ証拠記録がありません。「新規」を押して報告書、文書、検査結果などを記述し、主張にドラッグしてください（または「添付」を押します）。</translation>
    </message>
    <message>
        <source>New evidence record…</source>
        <translation>新しい証拠記録…</translation>
    </message>
    <message>
        <source>That claim or evidence record is gone.</source>
        <translation>その主張または証拠記録はもうありません。</translation>
    </message>
    <message>
        <source>“{0}” is already attached to that claim.</source>
        <translation>「{0}」はすでにその主張に添付されています。</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Grade</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>出典表記</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Not assessed yet.</source>
        <translation>まだ評価されていません。</translation>
    </message>
    <message>
        <source>The public record supports the claim.</source>
        <translation>公開記録がこの主張を裏付けています。</translation>
    </message>
    <message>
        <source>The speaker offered no evidence for it.</source>
        <translation>発言者はこれについて証拠を示していません。</translation>
    </message>
    <message>
        <source>The record holds evidence both for and against it.</source>
        <translation>記録には賛否両方の証拠があります。</translation>
    </message>
    <message>
        <source>It cannot be checked against public material.</source>
        <translation>公開資料と照らし合わせて確認できません。</translation>
    </message>
    <message>
        <source>Not in the current version</source>
        <translation>現在の版にはありません</translation>
    </message>
    <message>
        <source>Moved in the current version; not yet reviewed</source>
        <translation>現在の版で位置が移動しました（未確認）</translation>
    </message>
    <message>
        <source>%1; last changed on %2</source>
        <translation>%1、最終変更: %2</translation>
    </message>
    <message>
        <source>Unanswered allegations</source>
        <translation>回答のない申し立て</translation>
    </message>
    <message>
        <source>No allegation in this list.</source>
        <translation>この一覧に申し立てはありません。</translation>
    </message>
    <message>
        <source>Responses not linked to an allegation</source>
        <translation>申し立てにリンクされていない反論</translation>
    </message>
    <message>
        <source>No response in this list.</source>
        <translation>この一覧に反論はありません。</translation>
    </message>
    <message>
        <source>Responses whose allegations the filter left out</source>
        <translation>対応する申し立てがフィルターで除外された反論</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Exported by %1 on %2 with Counterpoint.</source>
        <translation>%2 に %1 が Counterpoint で書き出しました。</translation>
    </message>
    <message>
        <source>Only the claims matching %1.</source>
        <translation>%1 に一致する主張のみ。</translation>
    </message>
    <message>
        <source>Allegation: %1. Response: %2.</source>
        <translation>申し立て: %1。反論: %2。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation>状態別の主張</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Links by relation</source>
        <translation>関係別のリンク</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>%1 claims, %2 links, %3 evidence records.</source>
        <translation>主張 %1 件、リンク %2 件、証拠記録 %3 件。</translation>
    </message>
    <message>
        <source>Relations (how a response answers an allegation): %1.</source>
        <translation>関係（反論が申し立てにどう答えているか）: %1。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Evidence grades (Admiralty scale)</source>
        <translation>証拠の評価（アドミラルティ尺度）</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>情報源の信頼性</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>情報の確からしさ</translation>
    </message>
    <message>
        <source>[E1], [E2], … refer to the evidence listed at the end.</source>
        <translation>[E1]、[E2] … は末尾に挙げた証拠を指します。</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>意味: %1</translation>
    </message>
    <message>
        <source>Rationale (%1):</source>
        <translation>根拠（%1）:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>証拠:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 による</translation>
    </message>
    <message>
        <source>Allegations and responses</source>
        <translation>申し立てと反論</translation>
    </message>
    <message>
        <source>Allegation — %1</source>
        <translation>申し立て — %1</translation>
    </message>
    <message>
        <source>Response — %1</source>
        <translation>反論 — %1</translation>
    </message>
    <message>
        <source>No allegation has a linked response.</source>
        <translation>リンクされた反論のある申し立てはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n linked responses not shown: the filter left them out.</source>
        <translation>
            <numerusform>リンクされた反論 %n 件は表示していません（フィルターで除外）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>%1 が追加</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>評価 %1</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>証拠はありません。</translation>
    </message>
    <message>
        <source>Appendix: source text</source>
        <translation>付録: 出典の本文</translation>
    </message>
    <message>
        <source>Highlighted: allegation claims (solid underline), response claims (dotted underline), both (dashed); the claim&apos;s id follows its span.</source>
        <translation>強調表示: 申し立ての主張（実線の下線）、反論の主張（点線の下線）、両方（破線）。主張の ID は範囲の後に付きます。</translation>
    </message>
    <message>
        <source>No allegation is unanswered.</source>
        <translation>回答のない申し立てはありません。</translation>
    </message>
    <message>
        <source>Every response is linked.</source>
        <translation>すべての反論がリンクされています。</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>確からしさ</translation>
    </message>
    <message>
        <source>Evidence grades (Admiralty scale):</source>
        <translation>証拠の評価（アドミラルティ尺度）:</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>← %1 %2 (%3)</source>
        <translation>← %1 が「%2」（%3）</translation>
    </message>
    <message>
        <source>Link note:</source>
        <translation>リンクのメモ:</translation>
    </message>
    <message>
        <source>Claim spans are in bold, each followed by its claim id in brackets.</source>
        <translation>主張の範囲は太字で示し、その後に角かっこで主張の ID を付けています。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>テキスト:「%1」</translation>
    </message>
    <message>
        <source>unanswered allegations</source>
        <translation>回答のない申し立て</translation>
    </message>
    <message>
        <source>allegation side only (response claims all shown)</source>
        <translation>申し立ての側のみ（反論の主張はすべて表示）</translation>
    </message>
    <message>
        <source>response side only (allegation claims all shown)</source>
        <translation>反論の側のみ（申し立ての主張はすべて表示）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>／</translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>不明な書き出し形式 %1 です。</translation>
    </message>
    <message>
        <source>The case file</source>
        <translation>ケースファイル</translation>
    </message>
    <message>
        <source>%1 Fix that in the case first.</source>
        <translation>%1 先にケースでこれを直してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an assessment: status, rationale</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2）、%3</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1、発言者 %2</translation>
    </message>
    <message>
        <source>%1. Meaning: %2</source>
        <translation>%1。意味: %2</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1。%2。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2, grade %3): %4</source>
        <translation>証拠 %1（%2、評価 %3）: %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a link: the response&apos;s key, the relation, the allegation&apos;s key</comment>
        <translation>%1 → %3（%2）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>Append the full source text with the claim spans highlighted</source>
        <translation>主張の範囲を強調した出典の全文を付ける</translation>
    </message>
    <message>
        <source>Only the claims matching the current filter</source>
        <translation>現在のフィルターに一致する主張のみ</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>用紙サイズ:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>向き:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>This format is always portrait.</source>
        <translation>この形式は常に縦向きです。</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>開いているケースがありません。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>書き出しはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>The export was not written: %1 Nothing was changed.</source>
        <translation>書き出せませんでした: %1 何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>Extraction</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The file could not be read: its reader stopped.</source>
        <translation>ファイルを読み込めませんでした: 読み込み処理が停止しました。</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>Counterpoint: something went wrong</source>
        <translation>Counterpoint: 問題が発生しました</translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation>詳細はログにもあります: %1</translation>
    </message>
    <message>
        <source>There is no log file; the details are below.</source>
        <translation>ログファイルはありません。詳細は下にあります。</translation>
    </message>
    <message>
        <source>An unexpected error stopped what Counterpoint was doing: %1</source>
        <translation>予期しないエラーにより Counterpoint の処理が中断されました: %1</translation>
    </message>
    <message>
        <source>Every edit you made so far is in the store: each one is saved as you make it (only text marked “Not saved” is not). You can carry on, or close Counterpoint and open it again.</source>
        <translation>これまでの編集はすべてストアにあります。編集はその都度保存されます（「保存されていません」と表示されたテキストを除く）。このまま続けることも、Counterpoint を閉じて開き直すこともできます。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Qt stopped: %1</source>
        <translation>Qt が停止しました: %1</translation>
    </message>
    <message>
        <source>Qt reported an error: %1</source>
        <translation>Qt がエラーを報告しました: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it has more than %1 bytes</source>
        <translation>%1 バイトを超えています</translation>
    </message>
    <message>
        <source>No file to write was named: give a file name.</source>
        <translation>書き込むファイルが指定されていません。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder; name a file in it.</source>
        <translation>%1 に書き込めません: フォルダーです。その中のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is the open store; writing there would replace it</source>
        <translation>%1 は開いているストアです。そこに書き込むとストアが置き換わってしまいます</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in claims (Ctrl+F)</source>
        <translation>主張を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show only claims with this status</source>
        <translation>この状態の主張だけを表示</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Show only claims with this tag (or a tag nested in it)</source>
        <translation>このタグ（またはその下位タグ）が付いた主張だけを表示</translation>
    </message>
    <message>
        <source>Which pane the filter narrows; the other pane shows all, and so does an export of the filter</source>
        <translation>フィルターで絞り込むペイン。もう一方のペインはすべてを表示し、フィルターを使った書き出しも同様です</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>両側</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>根拠なし</translation>
    </message>
    <message>
        <source>Show only the claims marked as unsupported assertions</source>
        <translation>根拠のない主張とされたものだけを表示</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Unanswered allegations: show only allegations no response claim answers</source>
        <translation>回答のない申し立て: どの反論の主張も答えていない申し立てだけを表示</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>the student copy</source>
        <translation>学生用コピー</translation>
    </message>
    <message>
        <source>A student&apos;s name cannot be empty.</source>
        <translation>学生の名前を空にすることはできません。</translation>
    </message>
    <message>
        <source>A student&apos;s name can be at most 200 characters long.</source>
        <translation>学生の名前は最大 200 文字です。</translation>
    </message>
    <message>
        <source>This case is not a student copy, so it has no student&apos;s name.</source>
        <translation>このケースは学生用コピーではないため、学生の名前はありません。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>not a case file (only .json files are graded)</source>
        <translation>ケースファイルではありません（採点するのは .json ファイルだけです）</translation>
    </message>
    <message>
        <source>not a student copy (no classroom marker)</source>
        <translation>学生用コピーではありません（classroom の印がありません）</translation>
    </message>
    <message>
        <source>a student copy of %1, not of %2</source>
        <translation>%2 ではなく %1 の学生用コピーです</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>Key: %1 (%2); %3 of %4 claims assessed in the key.</source>
        <translation>解答: %1（%2）。解答では %4 件中 %3 件の主張が評価済みです。</translation>
    </message>
    <message>
        <source>STUDENT</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>ASSESSED</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>AGREEMENT</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>KAPPA</source>
        <translation>カッパ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>No student files to grade.</source>
        <translation>採点する学生のファイルがありません。</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ:</translation>
    </message>
    <message>
        <source>Per claim (how the class split):</source>
        <translation>主張ごと（クラスの分かれ方）:</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>DISAGREE</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Where the class most disagreed with the key:</source>
        <translation>クラスが解答と最も食い違った主張:</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 differ from %4; most often %5</source>
        <translation>  %1: %3 件中 %2 件が %4 と異なり、最も多かったのは %5</translation>
    </message>
</context>
<context>
    <name>GradingDialog</name>
    <message>
        <source>Grade student files</source>
        <translation>学生のファイルを採点</translation>
    </message>
    <message>
        <source>The cases of the store cannot be listed: %1</source>
        <translation>ストアのケースを一覧できません: %1</translation>
    </message>
    <message>
        <source>The folder of returned case files</source>
        <translation>提出されたケースファイルのフォルダー</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Key case:</source>
        <translation>解答のケース:</translation>
    </message>
    <message>
        <source>Returned files:</source>
        <translation>提出されたファイル:</translation>
    </message>
    <message>
        <source>Where the class most disagreed with the key</source>
        <translation>クラスが解答と最も食い違った箇所</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>スキップしたファイル</translation>
    </message>
    <message>
        <source>How the class split on each claim</source>
        <translation>主張ごとのクラスの回答の分かれ方</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
    <message>
        <source>Choose the folder of returned files to grade them.</source>
        <translation>採点するには、提出されたファイルのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Grading was cancelled.</source>
        <translation>採点はキャンセルされました。</translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation>採点中…</translation>
    </message>
    <message>
        <source>Grading the files in %1…</source>
        <translation>%1 のファイルを採点中…</translation>
    </message>
    <message>
        <source>{graded} student files graded against {slug}; {skipped} skipped.</source>
        <translation>{slug} に照らして学生のファイル {graded} 件を採点しました。{skipped} 件をスキップしました。</translation>
    </message>
    <message>
        <source>No file in this folder is a student copy of this case.</source>
        <translation>このフォルダーに、このケースの学生用コピーはありません。</translation>
    </message>
    <message>
        <source>{claim}: {n} of {m} differ from the key ({key}); most chose {other}</source>
        <translation>{claim}: {m} 件中 {n} 件が解答（{key}）と異なり、最も多かったのは {other}</translation>
    </message>
    <message>
        <source>CSV not written</source>
        <translation>CSV は書き込まれませんでした</translation>
    </message>
    <message>
        <source>The CSV could not be written: {error}</source>
        <translation>CSV を書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Grades written to {path}.</source>
        <translation>採点結果を {path} に書き込みました。</translation>
    </message>
    <message>
        <source>Folder of returned files</source>
        <translation>提出されたファイルのフォルダー</translation>
    </message>
    <message>
        <source>Export grades as CSV</source>
        <translation>採点結果を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>Gutter</name>
    <message>
        <source>Links between the panes</source>
        <translation>ペイン間のリンク</translation>
    </message>
    <message>
        <source>Links, coloured by relation</source>
        <translation>リンク（関係ごとの色）</translation>
    </message>
    <message>
        <source>links</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>GutterLegend</name>
    <message>
        <source>Thick: the selected claim&apos;s links. An arrow: the other end is scrolled out of view;</source>
        <translation>太線: 選択中の主張のリンク。矢印: もう一方の端がスクロールで見えていません。</translation>
    </message>
    <message>
        <source>dotted: the filter hides it. Point at a link to name it; right-click it to change it.</source>
        <translation>点線: フィルターで隠れています。リンクを指すと名前が出ます。右クリックで変更できます。</translation>
    </message>
    <message>
        <source>Links, coloured by relation</source>
        <translation>リンク（関係ごとの色）</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>言い換え</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>a claim since deleted</source>
        <translation>削除済みの主張</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>an evidence record</source>
        <translation>証拠記録</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>assessed %1: %2</source>
        <translation>%1 を評価: %2</translation>
    </message>
    <message>
        <source>cleared the assessment of %1 (was %2)</source>
        <translation>%1 の評価を消去（以前は %2）</translation>
    </message>
    <message>
        <source>edited %1: %2</source>
        <translation>%1 を編集: %2</translation>
    </message>
    <message>
        <source>linked %1 (%2)</source>
        <translation>%1 をリンク（%2）</translation>
    </message>
    <message>
        <source>unlinked %1 (was %2)</source>
        <translation>%1 のリンクを解除（以前は %2）</translation>
    </message>
    <message>
        <source>changed the link of %1: %2</source>
        <translation>%1 のリンクを変更: %2</translation>
    </message>
    <message>
        <source>tagged %1 %2</source>
        <translation>%1 にタグ %2 を付けました</translation>
    </message>
    <message>
        <source>took the tag %1 off %2</source>
        <translation>タグ %1 を %2 から外しました</translation>
    </message>
    <message>
        <source>attached %1 to %2 (%3)</source>
        <translation>%1 を %2 に添付（%3）</translation>
    </message>
    <message>
        <source>detached %1 from %2</source>
        <translation>%1 を %2 から外しました</translation>
    </message>
    <message>
        <source>changed the stance of %1 on %2: %3 → %4</source>
        <translation>%2 に対する %1 の立場を変更: %3 → %4</translation>
    </message>
    <message>
        <source>changed a tag: %1</source>
        <translation>タグを変更: %1</translation>
    </message>
    <message>
        <source>edited an evidence record: %1</source>
        <translation>証拠記録を編集: %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Show in source</source>
        <translation>出典で表示</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>言い換え</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Mark %1 (%2 in a pane)</source>
        <translation>%1 にする（ペインでは %2）</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>%1 にする</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Attached evidence</source>
        <translation>添付された証拠</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Linked claims</source>
        <translation>リンクされた主張</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Who changed this claim, when, and what it was</source>
        <translation>この主張を誰が、いつ変更し、以前はどうだったか</translation>
    </message>
    <message>
        <source>History of the claim</source>
        <translation>主張の履歴</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Select a claim to see and edit it here.</source>
        <translation>主張を選択すると、ここで表示・編集できます。</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leave the field to save</source>
        <translation>Ctrl+Enter またはフィールドを離れると保存</translation>
    </message>
    <message>
        <source>No claims yet. Add a source (Case → Add source…), select a claim&apos;s words in the Source panel and press New allegation claim or New response claim; it shows here to assess.</source>
        <translation>まだ主張がありません。出典を追加し（ケース → 出典を追加…）、出典パネルで主張の語句を選択して「新しい申し立ての主張」または「新しい反論の主張」を押すと、ここに表示されて評価できます。</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>発言者なし</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>Assessed by {0}</source>
        <translation>評価者: {0}</translation>
    </message>
    <message>
        <source>Rationale by {0}</source>
        <translation>根拠の記入者: {0}</translation>
    </message>
    <message>
        <source>; assessment last changed on {0}</source>
        <translation>。評価の最終変更: {0}</translation>
    </message>
    <message>
        <source>Written by {0}</source>
        <translation>記入: {0}</translation>
    </message>
    <message>
        <source>The history of the claim cannot be read:</source>
        <translation>主張の履歴を読み込めません:</translation>
    </message>
    <message>
        <source>No edits yet</source>
        <translation>まだ編集はありません</translation>
    </message>
    <message>
        <source>Added by {0}</source>
        <translation>追加: {0}</translation>
    </message>
    <message>
        <source>{0} (by {1})</source>
        <translation>{0}（{1} による）</translation>
    </message>
    <message>
        <source>Linked by {0}</source>
        <translation>リンク作成: {0}</translation>
    </message>
    <message>
        <source>No linked claims</source>
        <translation>リンクされた主張はありません</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>%1 can be at most %2 characters long; this one has %3. Nothing was changed.</source>
        <translation>%1は最大 %2 文字ですが、これは %3 文字あります。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2 Nothing was changed.</source>
        <translation>%1を保存できません: %2何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 %2 is not in the form the case file needs.</source>
        <translation>%1 %2 はケースファイルが求める形式ではありません。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Change the link</source>
        <translation>リンクを変更</translation>
    </message>
    <message>
        <source>Link two claims</source>
        <translation>2 つの主張をリンク</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>The response claim… (press 1–7, then Enter)</source>
        <translation>反論の主張は…（1～7 を押してから Enter）</translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation>関係を変更</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>リンク解除(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Links between the panes</source>
        <translation>ペイン間のリンク</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>The store was upgraded from schema %1; it was backed up first to %2.</source>
        <translation>ストアをスキーマ %1 から更新しました。更新前に %2 へバックアップしました。</translation>
    </message>
    <message>
        <source>The store was upgraded from schema %1. Counterpoint makes no backup of a server&apos;s database: backing it up is for you or its administrator.</source>
        <translation>ストアをスキーマ %1 から更新しました。Counterpoint はサーバーのデータベースをバックアップしません。バックアップはご自身または管理者が行ってください。</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>ケースを開きました</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>証拠ライブラリ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>ケースを開けません</translation>
    </message>
    <message>
        <source>No backups here</source>
        <translation>バックアップがありません</translation>
    </message>
    <message>
        <source>Counterpoint keeps backups of a store kept in a file. A server&apos;s database is backed up and restored with the server&apos;s own tools.</source>
        <translation>Counterpoint がバックアップするのはファイルに保存されたストアです。サーバーのデータベースは、サーバー自身のツールでバックアップ・復元してください。</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>バックアップは復元されませんでした</translation>
    </message>
    <message>
        <source>Restored %1; the store as it was is backed up in %2.</source>
        <translation>%1 を復元しました。復元前のストアは %2 にバックアップしてあります。</translation>
    </message>
    <message>
        <source>The connection to the store is lost; Counterpoint is reconnecting. Edits are refused until it is back; every edit made before is in the store.</source>
        <translation>ストアへの接続が切れました。Counterpoint は再接続中です。接続が戻るまで編集は受け付けられません。それまでの編集はすべてストアにあります。</translation>
    </message>
    <message>
        <source>Read-only: you are connected as %1, who may only read this store. You can read, filter and export the case; edits are refused.</source>
        <translation>読み取り専用: %1 として接続しており、このストアは読むことしかできません。ケースの閲覧、フィルター、書き出しはできますが、編集は受け付けられません。</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Reconnected to the store; the case was read again.</source>
        <translation>ストアに再接続し、ケースを読み込み直しました。</translation>
    </message>
    <message>
        <source>Your edits are recorded as %1.</source>
        <translation>あなたの編集は %1 として記録されます。</translation>
    </message>
    <message>
        <source>Imported the case “%1”.</source>
        <translation>ケース「%1」を読み込みました。</translation>
    </message>
    <message>
        <source>Opened the case “%1”: the store holds it already.</source>
        <translation>ケース「%1」を開きました（すでにストアにあります）。</translation>
    </message>
    <message>
        <source>The case file was not imported</source>
        <translation>ケースファイルは読み込まれませんでした</translation>
    </message>
    <message>
        <source>Nothing was added to the store.</source>
        <translation>ストアには何も追加されませんでした。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added to the store.</source>
        <translation>読み込みはキャンセルされました。ストアには何も追加されていません。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>最近のケースはありません</translation>
    </message>
    <message>
        <source>The cases of the store cannot be listed:</source>
        <translation>ストアのケースを一覧できません:</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> （読み取り専用）</translation>
    </message>
    <message>
        <source>Not saved: %1 The screen shows what the store holds.</source>
        <translation>保存されていません: %1 画面にはストアの内容が表示されています。</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未リンク</translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation>
            <numerusform>主張 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation>（%1 件を表示）</translation>
    </message>
    <message>
        <source>No tags yet: make one in the Tags panel</source>
        <translation>まだタグがありません: タグパネルで作成してください</translation>
    </message>
    <message>
        <source>No evidence record to attach</source>
        <translation>添付できる証拠記録がありません</translation>
    </message>
    <message>
        <source>Choose in the Evidence library…</source>
        <translation>証拠ライブラリで選ぶ…</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 をコピーしました。</translation>
    </message>
    <message>
        <source>Select a claim on each side to link them.</source>
        <translation>リンクするには、両側でそれぞれ主張を選択してください。</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>ケースの履歴</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>in a pane</source>
        <translation>ペイン内</translation>
    </message>
    <message>
        <source>in the links between the panes</source>
        <translation>ペイン間のリンク内</translation>
    </message>
    <message>
        <source>in the evidence library</source>
        <translation>証拠ライブラリ内</translation>
    </message>
    <message>
        <source>in the tag list</source>
        <translation>タグ一覧内</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lassroom</source>
        <translation>授業(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ケース(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新しいケース(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a case of your own: its title and the two parties</source>
        <translation>独自のケースを始めます: タイトルと双方の当事者</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>ケースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another case in the store</source>
        <translation>ストアの別のケースを開く</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近のケース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>ケースファイルを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a case file into the store</source>
        <translation>ケースファイルをストアに読み込む</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Connect to a &amp;team store…</source>
        <translation>チームのストアに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a case store shared on a PostgreSQL server</source>
        <translation>PostgreSQL サーバーで共有されているケースのストアを開く</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>ケースを書き出す</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Put one of the store&apos;s backups in its place (the store is backed up first)</source>
        <translation>ストアをそのバックアップの 1 つで置き換えます（先に現在のストアをバックアップします）</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>自分の名前(&amp;N)…</translation>
    </message>
    <message>
        <source>The name recorded with every edit you make</source>
        <translation>あなたの編集すべてに記録される名前</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Counterpoint; every edit is already saved</source>
        <translation>Counterpoint を閉じます。編集はすべて保存済みです</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>&amp;Copy quote with citation</source>
        <translation>引用を出典付きでコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected claim&apos;s quote, speaker and source, as text and as HTML</source>
        <translation>選択中の主張の引用、発言者、出典をテキストと HTML でコピー</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Show the list of edits that can be undone</source>
        <translation>元に戻せる編集の一覧を表示</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Your name, the language, the theme, the page and the export folder</source>
        <translation>名前、言語、テーマ、用紙、書き出し先フォルダー</translation>
    </message>
    <message>
        <source>&amp;Case history</source>
        <translation>ケースの履歴(&amp;C)</translation>
    </message>
    <message>
        <source>Every edit of the case: who made it, when, and what it changed</source>
        <translation>ケースのすべての編集: 誰が、いつ、何を変えたか</translation>
    </message>
    <message>
        <source>&amp;Find in claims</source>
        <translation>主張を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the claims by text</source>
        <translation>テキストで主張を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>フィルターを解除(&amp;C)</translation>
    </message>
    <message>
        <source>Show every claim</source>
        <translation>すべての主張を表示</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>改訂(&amp;V)</translation>
    </message>
    <message>
        <source>The claims a revised source moved, proposed for review or could not place</source>
        <translation>改訂された出典で移動した主張、確認待ちの提案、配置できなかった主張</translation>
    </message>
    <message>
        <source>Go to the &amp;allegation pane</source>
        <translation>申し立てペインへ移動(&amp;A)</translation>
    </message>
    <message>
        <source>Go to the &amp;response pane</source>
        <translation>反論ペインへ移動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>Present the case in a classroom</source>
        <translation>授業でケースを提示する</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Export &amp;worksheet…</source>
        <translation>ワークシートを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>A PDF for students: the claims side by side, a blank for each assessment</source>
        <translation>学生用の PDF: 主張を左右に並べ、評価ごとに記入欄を設けます</translation>
    </message>
    <message>
        <source>Export &amp;answer key…</source>
        <translation>解答を書き出す(&amp;A)…</translation>
    </message>
    <message>
        <source>The worksheet with the assessments and rationales filled in</source>
        <translation>評価と根拠を記入済みのワークシート</translation>
    </message>
    <message>
        <source>Export &amp;student copy…</source>
        <translation>学生用コピーを書き出す(&amp;S)…</translation>
    </message>
    <message>
        <source>A case file with every assessment cleared, for a student to work on</source>
        <translation>すべての評価を消去した、学生が取り組むためのケースファイル</translation>
    </message>
    <message>
        <source>&amp;Grade student files…</source>
        <translation>学生のファイルを採点(&amp;G)…</translation>
    </message>
    <message>
        <source>Compare returned student copies with this case&apos;s assessments</source>
        <translation>提出された学生用コピーをこのケースの評価と比較する</translation>
    </message>
    <message>
        <source>Mark &amp;supported</source>
        <translation>「裏付けあり」にする(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected claim as supported</source>
        <translation>選択中の主張を「裏付けあり」にする</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Mark &amp;unsupported assertion</source>
        <translation>「根拠のない主張」にする(&amp;U)</translation>
    </message>
    <message>
        <source>Mark the selected claim as an unsupported assertion</source>
        <translation>選択中の主張を「根拠のない主張」にする</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>根拠なし</translation>
    </message>
    <message>
        <source>Mark &amp;disputed</source>
        <translation>「争いあり」にする(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected claim as disputed</source>
        <translation>選択中の主張を「争いあり」にする</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争いあり</translation>
    </message>
    <message>
        <source>&amp;Link, relink or unlink…</source>
        <translation>リンク・再リンク・リンク解除(&amp;L)…</translation>
    </message>
    <message>
        <source>Link the claims selected on each side, change their relation or unlink them</source>
        <translation>両側で選択した主張をリンクする、関係を変更する、またはリンクを解除する</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>出典を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a statement, article or reply from a file (text, HTML, PDF, Word)</source>
        <translation>ファイル（テキスト、HTML、PDF、Word）から声明・記事・回答を追加</translation>
    </message>
    <message>
        <source>&amp;Paste text as source…</source>
        <translation>テキストを出典として貼り付け(&amp;P)…</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s text as a source</source>
        <translation>クリップボードのテキストを出典として追加</translation>
    </message>
    <message>
        <source>Re&amp;vise source…</source>
        <translation>出典を改訂(&amp;V)…</translation>
    </message>
    <message>
        <source>Bring in a new version of the source shown in the Source panel; every claim is moved to where its words now are, offered for review, or kept</source>
        <translation>出典パネルに表示中の出典の新しい版を取り込みます。各主張は語句の新しい位置に移されるか、確認のために提案されるか、そのまま残されます</translation>
    </message>
    <message>
        <source>Delete s&amp;ource…</source>
        <translation>出典を削除(&amp;O)…</translation>
    </message>
    <message>
        <source>Delete the source shown in the Source panel, with its claims</source>
        <translation>出典パネルに表示中の出典を、その主張とともに削除</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>主張を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected claim with its links, tags and evidence (undoable)</source>
        <translation>選択中の主張をリンク・タグ・証拠とともに削除（元に戻せます）</translation>
    </message>
    <message>
        <source>Set span from s&amp;election</source>
        <translation>選択範囲を主張の範囲にする(&amp;E)</translation>
    </message>
    <message>
        <source>The selected claim&apos;s text becomes the text selected in the Source panel</source>
        <translation>選択中の主張のテキストを、出典パネルで選択したテキストにします</translation>
    </message>
    <message>
        <source>Spli&amp;t claim at cursor</source>
        <translation>カーソル位置で主張を分割(&amp;T)</translation>
    </message>
    <message>
        <source>Split the selected claim where the cursor is in the Source panel</source>
        <translation>出典パネルのカーソル位置で選択中の主張を分割</translation>
    </message>
    <message>
        <source>&amp;Merge with next claim</source>
        <translation>次の主張と結合(&amp;M)</translation>
    </message>
    <message>
        <source>Merge the selected claim with the next claim of its side</source>
        <translation>選択中の主張を同じ側の次の主張と結合</translation>
    </message>
    <message>
        <source>Move to the ot&amp;her side</source>
        <translation>反対側へ移動(&amp;H)</translation>
    </message>
    <message>
        <source>Move the selected claim to the other side (its links are removed)</source>
        <translation>選択中の主張を反対側へ移動（リンクは削除されます）</translation>
    </message>
    <message>
        <source>Case p&amp;roperties…</source>
        <translation>ケースのプロパティ(&amp;R)…</translation>
    </message>
    <message>
        <source>The case&apos;s title, description and the two parties</source>
        <translation>ケースのタイトル、説明、双方の当事者</translation>
    </message>
    <message>
        <source>Delete &amp;case…</source>
        <translation>ケースを削除(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the case; a case file of it is kept beside the store</source>
        <translation>ケースを削除します。ケースファイルはストアの隣に保存されます</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <source>Attach &amp;evidence</source>
        <translation>証拠を添付(&amp;E)</translation>
    </message>
    <message>
        <source>Show in s&amp;ource</source>
        <translation>出典で表示(&amp;O)</translation>
    </message>
    <message>
        <source>Show the claim&apos;s words in the Source panel</source>
        <translation>主張の語句を出典パネルに表示</translation>
    </message>
    <message>
        <source>Change &amp;relation…</source>
        <translation>関係を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose another relation for this link</source>
        <translation>このリンクの関係を選び直す</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>リンク解除(&amp;U)</translation>
    </message>
    <message>
        <source>Remove this link (undoable)</source>
        <translation>このリンクを削除（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Edit evidence record…</source>
        <translation>証拠記録を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the record&apos;s title, citation, grade and summary</source>
        <translation>記録のタイトル、引用元、評価、要約を編集</translation>
    </message>
    <message>
        <source>&amp;Attach to the selected claim…</source>
        <translation>選択中の主張に添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach the record to the selected claim, with a stance</source>
        <translation>立場を指定して、記録を選択中の主張に添付</translation>
    </message>
    <message>
        <source>De&amp;tach from the selected claim</source>
        <translation>選択中の主張から外す(&amp;T)</translation>
    </message>
    <message>
        <source>Detach the record from the selected claim</source>
        <translation>記録を選択中の主張から外す</translation>
    </message>
    <message>
        <source>&amp;Delete evidence record</source>
        <translation>証拠記録を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the record and detach it from every claim (undoable)</source>
        <translation>記録を削除し、すべての主張から外す（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;New tag…</source>
        <translation>新しいタグ(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a new tag</source>
        <translation>新しいタグを作成</translation>
    </message>
    <message>
        <source>New &amp;sub-tag…</source>
        <translation>新しいサブタグ(&amp;S)…</translation>
    </message>
    <message>
        <source>Make a new tag under this one</source>
        <translation>このタグの下に新しいタグを作成</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the tag</source>
        <translation>タグの名前を変更</translation>
    </message>
    <message>
        <source>Tag the selected &amp;claim</source>
        <translation>選択中の主張にタグ付け(&amp;C)</translation>
    </message>
    <message>
        <source>Put this tag on the selected claim, or take it off</source>
        <translation>このタグを選択中の主張に付ける、または外す</translation>
    </message>
    <message>
        <source>Show only claims with this &amp;tag</source>
        <translation>このタグの主張だけを表示(&amp;T)</translation>
    </message>
    <message>
        <source>Filter the panes by this tag and its sub-tags</source>
        <translation>このタグとそのサブタグでペインを絞り込む</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>タグを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the tag and take it off everything (undoable)</source>
        <translation>タグを削除し、すべてから外す（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>すべてのキーボードショートカットを一覧表示</translation>
    </message>
    <message>
        <source>&amp;About Counterpoint</source>
        <translation>Counterpoint について(&amp;A)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Previous / next claim in the pane</source>
        <translation>ペイン内の前 / 次の主張</translation>
    </message>
    <message>
        <source>Home / End, Page Up / Page Down</source>
        <translation>Home / End、Page Up / Page Down</translation>
    </message>
    <message>
        <source>First / last claim, a page up or down</source>
        <translation>最初 / 最後の主張、1 ページ上 / 下</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Jump to the first claim linked to the selected one</source>
        <translation>選択中の主張にリンクされた最初の主張へ移動</translation>
    </message>
    <message>
        <source>Escape / Shift+Tab (in a pane)</source>
        <translation>Escape / Shift+Tab（ペイン内）</translation>
    </message>
    <message>
        <source>Leave the panes for the next / the previous part of the window</source>
        <translation>ペインを離れてウィンドウの次 / 前の部分へ</translation>
    </message>
    <message>
        <source>1–7 (in the link dialog)</source>
        <translation>1～7（リンクダイアログ内）</translation>
    </message>
    <message>
        <source>Choose the relation; Enter confirms</source>
        <translation>関係を選ぶ。Enter で確定</translation>
    </message>
    <message>
        <source>Delete (in the link dialog)</source>
        <translation>Delete（リンクダイアログ内）</translation>
    </message>
    <message>
        <source>Unlink the two claims</source>
        <translation>2 つの主張のリンクを解除</translation>
    </message>
    <message>
        <source>Delete (in a pane)</source>
        <translation>Delete（ペイン内）</translation>
    </message>
    <message>
        <source>Delete the selected claim</source>
        <translation>選択中の主張を削除</translation>
    </message>
    <message>
        <source>A / R / X (in the source, suggestions on)</source>
        <translation>A / R / X（出典内、提案表示中）</translation>
    </message>
    <message>
        <source>Accept the suggested claim to the allegation / the response; reject it</source>
        <translation>提案された主張を申し立て / 反論に採用、または却下</translation>
    </message>
    <message>
        <source>Enter / Delete (in Suggestions)</source>
        <translation>Enter / Delete（提案パネル内）</translation>
    </message>
    <message>
        <source>Link the suggested response / dismiss the suggestion</source>
        <translation>提案された反論をリンク / 提案を却下</translation>
    </message>
    <message>
        <source>%1 (in a pane)</source>
        <translation>%1（ペイン内）</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
</context>
<context>
    <name>NotSavedBar</name>
    <message>
        <source>Not saved: the store still holds the earlier text.</source>
        <translation>保存されていません: ストアには以前のテキストが残っています。</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>もう一度保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Claim %1 is no longer in the store.</source>
        <translation>主張 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>%1 is not a status.</source>
        <translation>%1 は状態ではありません。</translation>
    </message>
    <message>
        <source>A rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>An assessor&apos;s name</source>
        <translation>評価者の名前</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <source>Claim %1 has no assessment to clear.</source>
        <translation>主張 %1 には消去する評価がありません。</translation>
    </message>
    <message>
        <source>%1 is not a relation.</source>
        <translation>%1 は関係ではありません。</translation>
    </message>
    <message>
        <source>A link&apos;s note</source>
        <translation>リンクのメモ</translation>
    </message>
    <message>
        <source>A link joins one allegation claim and one response claim.</source>
        <translation>リンクは申し立ての主張 1 つと回答の主張 1 つを結びます。</translation>
    </message>
    <message>
        <source>These two claims are already linked.</source>
        <translation>この 2 つの主張はすでにリンクされています。</translation>
    </message>
    <message>
        <source>That link is no longer in the store.</source>
        <translation>そのリンクはもうストアにありません。</translation>
    </message>
    <message>
        <source>That link is already in the store.</source>
        <translation>そのリンクはすでにストアにあります。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{key} (continued)</source>
        <translation>{key}（続き）</translation>
    </message>
    <message>
        <source>Not in the current version</source>
        <translation>現在の版にはありません</translation>
    </message>
    <message>
        <source>Moved in the current version; not yet reviewed</source>
        <translation>現在の版で位置が移動しました（未確認）</translation>
    </message>
    <message>
        <source>Meaning: {text}</source>
        <translation>意味: {text}</translation>
    </message>
    <message>
        <source>Rationale ({who}):</source>
        <translation>根拠（{who}）:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Evidence {tag}</source>
        <translation>証拠 {tag}</translation>
    </message>
    <message>
        <source>ALLEGATION · {party}</source>
        <translation>申し立て · {party}</translation>
    </message>
    <message>
        <source>RESPONSE · {party}</source>
        <translation>反論 · {party}</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>{who} による</translation>
    </message>
    <message>
        <source>Allegations and responses</source>
        <translation>申し立てと反論</translation>
    </message>
    <message>
        <source>No allegation has a linked response.</source>
        <translation>リンクされた反論のある申し立てはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n linked responses not shown: the filter left them out.</source>
        <translation>
            <numerusform>リンクされた反論 %n 件は表示していません（フィルターで除外）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{key} (continued): “{quote}”</source>
        <translation>{key}（続き）:「{quote}」</translation>
    </message>
    <message>
        <source>Unanswered allegations</source>
        <translation>回答のない申し立て</translation>
    </message>
    <message>
        <source>No response is linked to it.</source>
        <translation>リンクされた反論はありません。</translation>
    </message>
    <message>
        <source>Responses not linked to an allegation</source>
        <translation>申し立てにリンクされていない反論</translation>
    </message>
    <message>
        <source>Not linked.</source>
        <translation>リンクなし。</translation>
    </message>
    <message>
        <source>Responses whose allegations the filter left out</source>
        <translation>対応する申し立てがフィルターで除外された反論</translation>
    </message>
    <message>
        <source>Its allegations are filtered out.</source>
        <translation>対応する申し立てはフィルターで除外されています。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Counterpoint · annotated comparison</source>
        <translation>Counterpoint · 注釈付き比較</translation>
    </message>
    <message>
        <source>Exported by {who} on {when}</source>
        <translation>{when} に {who} が書き出し</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF.</source>
        <translation>PDF をレイアウトできません。</translation>
    </message>
    <message>
        <source>ANNOTATED COMPARISON</source>
        <translation>注釈付き比較</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Exported by {who} on {when} with Counterpoint.</source>
        <translation>{when} に {who} が Counterpoint で書き出しました。</translation>
    </message>
    <message>
        <source>Only the claims matching {filter}.</source>
        <translation>{filter} に一致する主張のみ。</translation>
    </message>
    <message>
        <source>Summary and legend</source>
        <translation>概要と凡例</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation>状態別の主張</translation>
    </message>
    <message>
        <source>Links by relation</source>
        <translation>関係別のリンク</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Evidence records: {n}</source>
        <translation>証拠記録: {n} 件</translation>
    </message>
    <message>
        <source>Evidence grades (Admiralty scale)</source>
        <translation>証拠の評価（アドミラルティ尺度）</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>情報源の信頼性</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>情報の確からしさ</translation>
    </message>
    <message>
        <source>Status badges</source>
        <translation>状態バッジ</translation>
    </message>
    <message>
        <source>Reading the comparison</source>
        <translation>比較の読み方</translation>
    </message>
    <message>
        <source>Relations: {relations}.</source>
        <translation>関係: {relations}。</translation>
    </message>
    <message>
        <source>An arrow points from each response to the allegation it answers, with the relation written above it.</source>
        <translation>矢印は各反論からそれが答える申し立てを指し、その上に関係が書かれています。</translation>
    </message>
    <message>
        <source>[E1], [E2] … refer to the evidence listed under Evidence, with its citation and grade.</source>
        <translation>[E1]、[E2] … は「証拠」の項に出典表記と評価つきで挙げた証拠を指します。</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>評価 {grade}</translation>
    </message>
    <message>
        <source>added by {who}</source>
        <translation>{who} が追加</translation>
    </message>
    <message>
        <source>{tag} (continued)</source>
        <translation>{tag}（続き）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>証拠はありません。</translation>
    </message>
    <message>
        <source>Appendix: source text</source>
        <translation>付録: 出典の本文</translation>
    </message>
    <message>
        <source>Allegation claims are highlighted in orange and underlined, response claims in blue with a dotted underline; the claim&apos;s id follows its span in brackets.</source>
        <translation>申し立ての主張はオレンジ色の強調と下線、反論の主張は青色の強調と点線の下線で示し、範囲の後に角かっこで主張の ID を付けています。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The name the history, the assessments and the exports record</source>
        <translation>履歴、評価、書き出しに記録される名前</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>新しい言語は次回の起動から表示されます。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>Your Documents folder</source>
        <translation>ドキュメントフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>用紙サイズ:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>向き:</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>書き出し先フォルダー:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>既定の書き出し先フォルダー</translation>
    </message>
    <message>
        <source>There is no folder “%1”: choose one, or leave it empty.</source>
        <translation>フォルダー「%1」はありません。選ぶか、空欄のままにしてください。</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation>提示中: {title}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>response {a} of {n}</source>
        <translation>反論 {a} / {n}</translation>
    </message>
    <message>
        <source>responses {a}–{b} of {n}</source>
        <translation>反論 {a}～{b} / {n}</translation>
    </message>
    <message>
        <source>Slide {progress}</source>
        <translation>スライド {progress}</translation>
    </message>
    <message>
        <source>→ next   ← back   R reveal   H contrast   Esc leave</source>
        <translation>→ 次へ   ← 戻る   R 評価を表示   H コントラスト   Esc 終了</translation>
    </message>
    <message>
        <source>This case has no claims to present.</source>
        <translation>このケースには提示する主張がありません。</translation>
    </message>
    <message>
        <source>ALLEGATION</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Responses linked to no allegation</source>
        <translation>どの申し立てにもリンクされていない反論</translation>
    </message>
    <message>
        <source>No response answers this.</source>
        <translation>これに答える反論はありません。</translation>
    </message>
    <message>
        <source>Assessment hidden (R)</source>
        <translation>評価は非表示（R）</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Put a backup in the store&apos;s place. The store as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>バックアップでストアを置き換えます。現在のストアを先にバックアップするので、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <source>This store has no backups yet: one is made each day it is opened.</source>
        <translation>このストアにはまだバックアップがありません。開いた日ごとに 1 つ作られます。</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <source>For review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動済み</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Place the claim where the revision proposes</source>
        <translation>改訂の提案どおりに主張を配置</translation>
    </message>
    <message>
        <source>Use candidate</source>
        <translation>候補を使う</translation>
    </message>
    <message>
        <source>Place the claim on the candidate chosen above</source>
        <translation>上で選んだ候補に主張を配置</translation>
    </message>
    <message>
        <source>Use selection</source>
        <translation>選択範囲を使う</translation>
    </message>
    <message>
        <source>Place the claim on the words selected in the Source panel (current version)</source>
        <translation>出典パネルで選択した語句（現在の版）に主張を配置</translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation>出典で表示</translation>
    </message>
    <message>
        <source>Show the passage in the Source panel, to select the claim&apos;s new words there</source>
        <translation>出典パネルに該当箇所を表示し、そこで主張の新しい語句を選択する</translation>
    </message>
    <message>
        <source>Keep as orphan</source>
        <translation>孤立したまま残す</translation>
    </message>
    <message>
        <source>Keep the claim, with everything attached, as not in the current version</source>
        <translation>主張を、添付されたものすべてと一緒に、現在の版にないものとして残す</translation>
    </message>
    <message>
        <source>Candidates in the current version:</source>
        <translation>現在の版の候補:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>以前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>No source of this case has been revised, or nothing moved.</source>
        <translation>このケースの出典は改訂されていないか、何も移動していません。</translation>
    </message>
    <message>
        <source>Choose a claim above to see its old and new passage.</source>
        <translation>上で主張を選ぶと、以前と現在の箇所が表示されます。</translation>
    </message>
    <message>
        <source>%1 · score %2 · “%3”</source>
        <translation>%1 · スコア %2 · 「%3」</translation>
    </message>
    <message>
        <source>Placed in version %1; its words moved or were reviewed.</source>
        <translation>第 %1 版に配置済み。語句が移動したか、確認済みです。</translation>
    </message>
    <message>
        <source>Proposed in version %1: a close match, not yet reviewed.</source>
        <translation>第 %1 版で提案: 近い一致で、まだ確認されていません。</translation>
    </message>
    <message>
        <source>Not in the current version (version %1): nothing is placed.</source>
        <translation>現在の版（第 %1 版）にありません: 何も配置されていません。</translation>
    </message>
    <message>
        <source>Its best candidate is too far from its words to be proposed.</source>
        <translation>最良の候補でも語句から離れすぎていて、提案できません。</translation>
    </message>
    <message>
        <source>Several passages fit it about as well: choose one, or none.</source>
        <translation>同じくらい合う箇所が複数あります: 一つを選ぶか、どれも選ばないでください。</translation>
    </message>
    <message>
        <source>Its quote is too short to be placed on a near match.</source>
        <translation>引用が短すぎて、近い一致には配置できません。</translation>
    </message>
    <message>
        <source>Its quote is short: check the place proposed.</source>
        <translation>引用が短いため、提案された位置を確認してください。</translation>
    </message>
    <message>
        <source>Its words occur more than once: check the copy proposed.</source>
        <translation>語句が複数回出現します。提案された箇所を確認してください。</translation>
    </message>
    <message>
        <source>Kept as an orphan: its words are not in the current version.</source>
        <translation>孤立として保持: 語句が現在の版にありません。</translation>
    </message>
    <message>
        <source>No passage of the current version is close to it.</source>
        <translation>現在の版には近い箇所がありません。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Before (not found)</source>
        <translation>以前（見つかりません）</translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation>第 %1 版（現在）</translation>
    </message>
    <message>
        <source>Version %1 (current): no passage</source>
        <translation>第 %1 版（現在）: 該当箇所なし</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>一致 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>提案 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphans</source>
        <translation>
            <numerusform>孤立 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 is no longer in the store; nothing was changed.</source>
        <translation>主張 %1 はもうストアにありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Source %1 is no longer in the store.</source>
        <translation>出典 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>The case %1 has no source %2; its sources are: %3.</source>
        <translation>ケース %1 に出典 %2 はありません。このケースの出典: %3。</translation>
    </message>
    <message>
        <source>The new version has no text in it; nothing was changed.</source>
        <translation>新しい版にテキストがありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>A note on a version can be at most %1 characters long.</source>
        <translation>版のメモは最大 %1 文字です。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>SourceFiles</name>
    <message>
        <source>“%1” has no text in it.</source>
        <translation>「%1」にはテキストがありません。</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 parts; it is not a real Word document.</source>
        <translation>「%1」には %2 を超えるパーツがあります。本物の Word 文書ではありません。</translation>
    </message>
    <message>
        <source>“%1” would inflate %2 times (%3); it looks like a zip bomb.</source>
        <translation>「%1」は展開すると %2 倍になります（%3）。zip 爆弾のようです。</translation>
    </message>
    <message>
        <source>“%1” would inflate to %2 MiB; it looks like a zip bomb.</source>
        <translation>「%1」は展開すると %2 MiB になります。zip 爆弾のようです。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is not a readable zip archive, as a DOCX is.</source>
        <translation>「%1」は壊れています: DOCX であれば読める zip アーカイブのはずですが、読めません。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it has no document body (word/document.xml).</source>
        <translation>「%1」は壊れています: 文書の本文（word/document.xml）がありません。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its document body cannot be read.</source>
        <translation>「%1」は壊れています: 文書の本文を読み込めません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a web page (%2).</source>
        <translation>「%1」を Web ページとして読み込めません（%2）。</translation>
    </message>
    <message>
        <source>“%1” is nested more than 255 elements deep; it cannot be read whole.</source>
        <translation>「%1」は要素の入れ子が 255 段を超えているため、全体を読み込めません。</translation>
    </message>
    <message>
        <source>“%1” has no content that can be read as a web page.</source>
        <translation>「%1」には Web ページとして読める内容がありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be reduced to its main text: trafilatura is not installed.</source>
        <translation>「%1」から本文だけを取り出せません: trafilatura がインストールされていません。</translation>
    </message>
    <message>
        <source>“%1” has no main text that could be found; add the whole page instead.</source>
        <translation>「%1」には本文が見つかりません。代わりにページ全体を追加してください。</translation>
    </message>
    <message>
        <source>“%1” is a saved web page (MHTML) with no HTML part in it.</source>
        <translation>「%1」は HTML 部分のない保存済み Web ページ（MHTML）です。</translation>
    </message>
    <message>
        <source>“%1” is encrypted with a password; save an unencrypted copy and add that.</source>
        <translation>「%1」はパスワードで暗号化されています。暗号化されていないコピーを保存して、それを追加してください。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it cannot be read as a PDF.</source>
        <translation>「%1」は壊れています: PDF として読み込めません。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its pages cannot be found.</source>
        <translation>「%1」は壊れています: ページが見つかりません。</translation>
    </message>
    <message>
        <source>“%1” has no pages.</source>
        <translation>「%1」にはページがありません。</translation>
    </message>
    <message>
        <source>“%1” has more than %2 pages, the most a source may have.</source>
        <translation>「%1」は出典の上限である %2 ページを超えています。</translation>
    </message>
    <message>
        <source>“%1” is damaged: page %2 cannot be read.</source>
        <translation>「%1」は壊れています: %2 ページ目を読み込めません。</translation>
    </message>
    <message>
        <source>“%1” has no text layer; OCR is not supported.</source>
        <translation>「%1」にはテキスト層がありません。OCR には対応していません。</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>Web ページ（HTML）</translation>
    </message>
    <message>
        <source>a saved web page (MHTML)</source>
        <translation>保存済み Web ページ（MHTML）</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a Word document (DOCX)</source>
        <translation>Word 文書（DOCX）</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened (%2).</source>
        <translation>「%1」を開けません（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe).</source>
        <translation>「%1」は通常のファイルではありません（デバイスかパイプです）。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most a source may be.</source>
        <translation>「%1」は出典の上限である %2 を超えています。</translation>
    </message>
    <message>
        <source>“%1” is a damaged zip archive, so it cannot be read as a Word document (DOCX).</source>
        <translation>「%1」は壊れた zip アーカイブのため、Word 文書（DOCX）として読み込めません。</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet or a presentation; only Word documents (DOCX) can be added.</source>
        <translation>「%1」は表計算かプレゼンテーションのファイルです。追加できるのは Word 文書（DOCX）だけです。</translation>
    </message>
    <message>
        <source>“%1” is a zip archive, not a document Counterpoint can read.</source>
        <translation>「%1」は zip アーカイブで、Counterpoint が読める文書ではありません。</translation>
    </message>
    <message>
        <source>“%1” is an old-style Office file (.doc); save it as DOCX or PDF and add that.</source>
        <translation>「%1」は古い形式の Office ファイル（.doc）です。DOCX か PDF で保存して、それを追加してください。</translation>
    </message>
    <message>
        <source>“%1” is in Rich Text Format; save it as DOCX or PDF and add that.</source>
        <translation>「%1」はリッチテキスト形式です。DOCX か PDF で保存して、それを追加してください。</translation>
    </message>
    <message>
        <source>“%1” is not a text, web page, PDF or Word document.</source>
        <translation>「%1」はテキスト、Web ページ、PDF、Word 文書のいずれでもありません。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>「%1」はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” is named as %2 but its content is %3.</source>
        <translation>「%1」は名前では %2 ですが、中身は %3 です。</translation>
    </message>
</context>
<context>
    <name>SourceTextDock</name>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>New allegation claim</source>
        <translation>新しい申し立ての主張</translation>
    </message>
    <message>
        <source>New response claim</source>
        <translation>新しい反論の主張</translation>
    </message>
    <message>
        <source>No source yet. Add the allegation and the response as sources: Case → Add source… (text, HTML, PDF, Word), Case → Paste text as source…, or drop a file on the window. Then select a claim&apos;s words here and press New allegation claim or New response claim.</source>
        <translation>まだ出典がありません。申し立てと反論を出典として追加してください: ケース → 出典を追加…（テキスト、HTML、PDF、Word）、ケース → テキストを出典として貼り付け…、またはファイルをウィンドウにドロップします。次に、ここで主張の語句を選択して「新しい申し立ての主張」または「新しい反論の主張」を押します。</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>Make a new claim from the selected text</source>
        <translation>選択したテキストから新しい主張を作成</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>証拠を添付</translation>
    </message>
    <message>
        <source>How does “{0}” bear on “{1}”?</source>
        <translation>「{0}」は「{1}」にどう関わりますか?</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
</context>
<context>
    <name>Stores</name>
    <message>
        <source>The server at %1 refused the user name or password.</source>
        <translation>%1 のサーバーがユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>Nothing answers at %1: is the server running, and is the port right?</source>
        <translation>%1 から応答がありません: サーバーは起動していますか。ポートは正しいですか。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s.</source>
        <translation>%1 のサーバーが %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server has no such database (%1).</source>
        <translation>サーバーにそのデータベースがありません（%1）。</translation>
    </message>
    <message>
        <source>The host name of %1 is not known.</source>
        <translation>%1 のホスト名が見つかりません。</translation>
    </message>
    <message>
        <source>The database at %1 is not accepting connections at the moment.</source>
        <translation>%1 のデータベースは現在接続を受け付けていません。</translation>
    </message>
    <message>
        <source>The TLS mode does not suit the server at %1.</source>
        <translation>TLS モードが %1 のサーバーに合っていません。</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>%1 に接続できません。</translation>
    </message>
    <message>
        <source>Not a database URL: %1</source>
        <translation>データベースの URL ではありません: %1</translation>
    </message>
    <message>
        <source>The case is open read-only: the database role %1 may only read it, so nothing was changed.</source>
        <translation>ケースは読み取り専用で開いています: データベースのロール %1 は読むことしかできないため、何も変更されていません。</translation>
    </message>
    <message>
        <source>The case is open read-only: this connection may only read it, so nothing was changed.</source>
        <translation>ケースは読み取り専用で開いています: この接続では読むことしかできないため、何も変更されていません。</translation>
    </message>
    <message>
        <source>The connection to the store %1 is lost (%2); nothing was changed.</source>
        <translation>ストア %1 への接続が切れました（%2）。何も変更されていません。</translation>
    </message>
    <message>
        <source>Only a store kept in a file can be restored from a backup.</source>
        <translation>バックアップから復元できるのは、ファイルに保存されたストアだけです。</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1何も復元されていません。</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2. The store is as it was; its backup is %3.</source>
        <translation>%1 を復元できません: %2。ストアは元のままです。そのバックアップは %3 です。</translation>
    </message>
    <message>
        <source>Cannot read the store %2: the file is damaged or is not a Counterpoint store; it was left as it is (%1).</source>
        <translation>ストア %2 を読み込めません: ファイルが壊れているか、Counterpoint のストアではありません。ファイルはそのままにしてあります（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the store: the file is damaged or is not a Counterpoint store; it was left as it is (%1).</source>
        <translation>ストアを読み込めません: ファイルが壊れているか、Counterpoint のストアではありません。ファイルはそのままにしてあります（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the store %2: another program holds it locked (%1).</source>
        <translation>ストア %2 を読み込めません: 別のプログラムがロックしています（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the store: another program holds it locked (%1).</source>
        <translation>ストアを読み込めません: 別のプログラムがロックしています（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the store %2 (%1).</source>
        <translation>ストア %2 を読み込めません（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the store (%1).</source>
        <translation>ストアを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The store is read-only, so the change was not saved (%1).</source>
        <translation>ストアが読み取り専用のため、変更は保存されていません（%1）。</translation>
    </message>
    <message>
        <source>The store is locked by another program, so the change was not saved (%1).</source>
        <translation>ストアが別のプログラムにロックされているため、変更は保存されていません（%1）。</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved (%1).</source>
        <translation>ディスクがいっぱいのため、変更は保存されていません（%1）。</translation>
    </message>
    <message>
        <source>The store refused the change (%1).</source>
        <translation>ストアが変更を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot create the store %1: folder %2 does not exist.</source>
        <translation>ストア %1 を作成できません: フォルダー %2 がありません。</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2.</source>
        <translation>ストア %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Counterpoint store; it was left untouched. To start a new store there, delete the empty file first.</source>
        <translation>ファイル %1 は空なので、Counterpoint のストアではありません。ファイルには手を加えていません。そこに新しいストアを作るには、先に空のファイルを削除してください。</translation>
    </message>
    <message>
        <source>This database has tables but no Counterpoint schema version; it is not a Counterpoint store and was left untouched.</source>
        <translation>このデータベースにはテーブルがありますが、Counterpoint のスキーマのバージョンがありません。Counterpoint のストアではないため、手を加えていません。</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Counterpoint (schema %1); this version (%2) knows schemas up to %3. The store was left untouched: open it with the newer version.</source>
        <translation>このストアは新しいバージョンの Counterpoint で書かれています（スキーマ %1）。このバージョン（%2）が知っているのはスキーマ %3 までです。ストアには手を加えていません。新しいバージョンで開いてください。</translation>
    </message>
    <message>
        <source>The store is at schema %1 and needs upgrading to %2.</source>
        <translation>ストアはスキーマ %1 なので、%2 への更新が必要です。</translation>
    </message>
    <message>
        <source>%1 The store was not upgraded and is as it was.</source>
        <translation>%1ストアは更新されておらず、元のままです。</translation>
    </message>
    <message>
        <source>Upgrading the store from schema %1 to %2; it was backed up first to %3.</source>
        <translation>ストアをスキーマ %1 から %2 に更新しています。更新前に %3 へバックアップしました。</translation>
    </message>
    <message>
        <source>Upgrading the store from schema %1 to %2. Counterpoint makes no backup of a server&apos;s database: backing it up first is for you or its administrator.</source>
        <translation>ストアをスキーマ %1 から %2 に更新しています。Counterpoint はサーバーのデータベースをバックアップしません。事前のバックアップはご自身または管理者が行ってください。</translation>
    </message>
</context>
<context>
    <name>StudentCopy</name>
    <message>
        <source>This is a student copy of a case. Type your name, so your teacher knows whose it is:</source>
        <translation>これはケースの学生用コピーです。誰のものか先生にわかるよう、名前を入力してください:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Your name was not saved: %1

Save it again:</source>
        <translation>名前は保存されませんでした: %1

もう一度保存してください:</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>カッパ</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>Kappa is undefined: no claim was compared, or the student and the key gave every compared claim one and the same status.</source>
        <translation>カッパは未定義です: 比較した主張がないか、学生と解答が比較したすべての主張に同じ 1 つの状態を付けています。</translation>
    </message>
</context>
<context>
    <name>SuggestionEdits</name>
    <message>
        <source>Claim %1 is no longer in the store.</source>
        <translation>主張 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>A link suggestion pairs an allegation claim with a response claim.</source>
        <translation>リンクの提案は、申し立ての主張と反論の主張を組にするものです。</translation>
    </message>
    <message>
        <source>Those two claims are in different cases.</source>
        <translation>その 2 つの主張は別々のケースにあります。</translation>
    </message>
    <message>
        <source>That suggestion is already dismissed.</source>
        <translation>その提案はすでに却下されています。</translation>
    </message>
    <message>
        <source>That dismissed suggestion is no longer in the store.</source>
        <translation>その却下された提案はもうストアにありません。</translation>
    </message>
    <message>
        <source>Source %1 is no longer in the store.</source>
        <translation>出典 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>The span %1–%2 is empty or outside the source.</source>
        <translation>範囲 %1–%2 は空か、出典の外にあります。</translation>
    </message>
    <message>
        <source>That suggestion is already rejected.</source>
        <translation>その提案はすでに却下されています。</translation>
    </message>
    <message>
        <source>That rejected suggestion is no longer in the store.</source>
        <translation>その却下された提案はもうストアにありません。</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>%1 · suggested: %2 · %3%</source>
        <translation>%1 · 提案: %2 · %3%</translation>
    </message>
</context>
<context>
    <name>SuggestionsDock</name>
    <message>
        <source>Suggested links</source>
        <translation>提案されたリンク</translation>
    </message>
    <message>
        <source>Link (Enter)</source>
        <translation>リンク（Enter）</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>却下（Delete）</translation>
    </message>
    <message>
        <source>Select an allegation to see the responses that may answer it.</source>
        <translation>申し立てを選択すると、それに答えている可能性のある反論が表示されます。</translation>
    </message>
    <message>
        <source>Responses that may answer %1 (suggestions; Enter links, Delete dismisses):</source>
        <translation>%1 に答えている可能性のある反論（提案。Enter でリンク、Delete で却下）:</translation>
    </message>
    <message>
        <source>No more suggestions for %1.</source>
        <translation>%1 への提案はこれ以上ありません。</translation>
    </message>
</context>
<context>
    <name>TagChoiceDialog</name>
    <message>
        <source>(top level)</source>
        <translation>（最上位）</translation>
    </message>
</context>
<context>
    <name>TagEdits</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグには名前が必要です。</translation>
    </message>
    <message>
        <source>A tag&apos;s name can be at most 200 characters long.</source>
        <translation>タグの名前は最大 200 文字です。</translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot be saved: %1</source>
        <translation>タグの名前を保存できません: %1</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it as #rrggbb.</source>
        <translation>%1 は色ではありません。#rrggbb の形で書いてください。</translation>
    </message>
    <message>
        <source>Tag %1 is no longer in the store.</source>
        <translation>タグ %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>There is already a tag called %1; merge the two instead.</source>
        <translation>%1 という名前のタグはすでにあります。代わりに 2 つを統合してください。</translation>
    </message>
    <message>
        <source>The parent tag belongs to another case.</source>
        <translation>親タグは別のケースのものです。</translation>
    </message>
    <message>
        <source>An icon name</source>
        <translation>アイコン名</translation>
    </message>
    <message>
        <source>A tag cannot be nested under itself or its own sub-tags.</source>
        <translation>タグをそれ自身やそのサブタグの下に入れることはできません。</translation>
    </message>
    <message>
        <source>Tag %1 is already in the store.</source>
        <translation>タグ %1 はすでにストアにあります。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>タグをそれ自身に統合することはできません。</translation>
    </message>
    <message>
        <source>Tags of different cases cannot be merged.</source>
        <translation>別々のケースのタグは統合できません。</translation>
    </message>
    <message>
        <source>Claim %1 is no longer in the store.</source>
        <translation>主張 %1 はもうストアにありません。</translation>
    </message>
    <message>
        <source>That tag belongs to another case.</source>
        <translation>そのタグは別のケースのものです。</translation>
    </message>
    <message>
        <source>The claim already has the tag %1.</source>
        <translation>主張にはすでにタグ %1 が付いています。</translation>
    </message>
    <message>
        <source>The claim does not have the tag %1.</source>
        <translation>主張にタグ %1 は付いていません。</translation>
    </message>
    <message>
        <source>The evidence record already has the tag %1.</source>
        <translation>証拠記録にはすでにタグ %1 が付いています。</translation>
    </message>
    <message>
        <source>The evidence record does not have the tag %1.</source>
        <translation>証拠記録にタグ %1 は付いていません。</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>New sub-tag</source>
        <translation>新しい下位タグ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>Move under…</source>
        <translation>移動先…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>統合先…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Tag the claim</source>
        <translation>主張にタグを付ける</translation>
    </message>
    <message>
        <source>Tag the evidence record</source>
        <translation>証拠記録にタグを付ける</translation>
    </message>
    <message>
        <source>Show only claims with this tag</source>
        <translation>このタグの付いた主張だけを表示</translation>
    </message>
    <message>
        <source>Plain tag icon</source>
        <translation>標準のタグアイコン</translation>
    </message>
    <message>
        <source>No tags yet: press New tag to make one, then tick it in the Inspector or right-click a claim → Tag.</source>
        <translation>まだタグがありません。「新しいタグ」を押して作成し、インスペクターでチェックするか、主張を右クリック → タグ を選んでください。</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>新しいタグ…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Not saved: %1

Name:</source>
        <translation>保存されていません: %1

名前:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>タグの色</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>タグを移動</translation>
    </message>
    <message>
        <source>Move under:</source>
        <translation>移動先:</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>統合先:</translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”? Everything tagged with it gets the other tag.</source>
        <translation>「{0}」を「{1}」に統合しますか? このタグが付いたものにはすべて、もう一方のタグが付きます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “{0}”? It is used %n times. You can undo this.</source>
        <translation>
            <numerusform>タグ「{0}」を削除しますか? %n 回使われています。この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用数</translation>
    </message>
    <message numerus="yes">
        <source>Colour {0}, used %n times</source>
        <translation>
            <numerusform>色 {0}、%n 回使用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Give the server&apos;s host name or address.</source>
        <translation>サーバーのホスト名かアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Give the name of the database.</source>
        <translation>データベース名を入力してください。</translation>
    </message>
    <message>
        <source>Give the database user to connect as.</source>
        <translation>接続に使うデータベースのユーザーを入力してください。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not %1.</source>
        <translation>ポートは 1～65535 でなければなりません（%1 になっています）。</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1: one of %2.</source>
        <translation>不明な TLS モード %1 です。%2 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password cannot be remembered: it will be asked each time (or put it in ~/.pgpass).</source>
        <translation>このコンピューターにはシステムのキーリングがないため、パスワードを記憶できません。毎回尋ねられます（または ~/.pgpass に書いてください）。</translation>
    </message>
    <message>
        <source>The keyring refused the password (%1).</source>
        <translation>キーリングがパスワードを受け付けませんでした（%1）。</translation>
    </message>
    <message>
        <source>Cannot connect to a PostgreSQL server from here: %1</source>
        <translation>ここからは PostgreSQL サーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <comment>a database on a server</comment>
        <translation>%2:%3 の %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The database is empty: a new store is made.</source>
        <translation>%1 に %2 として接続しました。データベースは空なので、新しいストアを作成します。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, who may read and edit its cases.</source>
        <translation>%1 に %2 として接続しました。このロールはケースの閲覧と編集ができます。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, who may only read: the case opens read-only.</source>
        <translation>%1 に %2 として接続しました。このロールは閲覧しかできないため、ケースは読み取り専用で開きます。</translation>
    </message>
</context>
<context>
    <name>TheirsBanner</name>
    <message>
        <source>Use theirs</source>
        <translation>相手の版を使う</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>%1 changed this rationale while you were typing: “%2”</source>
        <translation>入力中に %1 がこの根拠を変更しました: 「%2」</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Allegation</source>
        <translation>申し立て</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>Factual assertion</source>
        <translation>事実の主張</translation>
    </message>
    <message>
        <source>Accusation</source>
        <translation>非難</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>否定</translation>
    </message>
    <message>
        <source>Counter-accusation</source>
        <translation>反撃の非難</translation>
    </message>
    <message>
        <source>Appeal to a standard</source>
        <translation>基準への訴え</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Unassessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Unsupported assertion</source>
        <translation>根拠のない主張</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争いあり</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>検証不能</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>否定する</translation>
    </message>
    <message>
        <source>rebuts</source>
        <translation>反駁する</translation>
    </message>
    <message>
        <source>concedes</source>
        <translation>認める</translation>
    </message>
    <message>
        <source>counter-accuses</source>
        <translation>非難し返す</translation>
    </message>
    <message>
        <source>deflects</source>
        <translation>はぐらかす</translation>
    </message>
    <message>
        <source>questions the evidence</source>
        <translation>証拠を疑問視する</translation>
    </message>
    <message>
        <source>clarifies</source>
        <translation>明確にする</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持する</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>矛盾する</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>リーク</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>証言</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>完全に信頼できる</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>おおむね信頼できる</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>ある程度信頼できる</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>あまり信頼できない</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>信頼できない</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>信頼性を判断できない</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>他の情報源で確認済み</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>おそらく正しい</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>正しい可能性がある</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>疑わしい</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>ありそうにない</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>真偽を判断できない</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表</translation>
    </message>
    <message>
        <source>Counterpoint case file</source>
        <translation>Counterpoint ケースファイル</translation>
    </message>
    <message>
        <source>W3C Web Annotations</source>
        <translation>W3C Web アノテーション</translation>
    </message>
    <message>
        <source>Student copy (case file)</source>
        <translation>学生用コピー（ケースファイル）</translation>
    </message>
    <message>
        <source>Worksheet for students (PDF)</source>
        <translation>学生用ワークシート（PDF）</translation>
    </message>
    <message>
        <source>Answer key (PDF)</source>
        <translation>解答（PDF）</translation>
    </message>
    <message>
        <source>unassessed</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>根拠なし</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>争いあり</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>検証不能</translation>
    </message>
    <message>
        <source>Not in the current version</source>
        <translation>現在の版にありません</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Source reliability %1: %2
Information credibility %3: %4</source>
        <translation>情報源の信頼性 %1: %2
情報の確からしさ %3: %4</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Allegation {n} of {total}</source>
        <translation>申し立て {n} / {total}</translation>
    </message>
    <message>
        <source>Responses linked to no allegation</source>
        <translation>どの申し立てにもリンクされていない反論</translation>
    </message>
    <message>
        <source>From source {n}</source>
        <translation>出典 {n} より</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>根拠なし</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争いあり</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>検証不能</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>In other words: </source>
        <translation>言い換えると: </translation>
    </message>
    <message>
        <source>(The key gives no rationale for this claim.)</source>
        <translation>（解答にはこの主張の根拠が書かれていません。）</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>教員用</translation>
    </message>
    <message>
        <source>Name: {a}   Class: {b}   Date: {c}</source>
        <translation>名前: {a}   クラス: {b}   日付: {c}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <source>Allegation: {party} (cards edged brown).   Response: {party2} (edged blue).</source>
        <translation>申し立て: {party}（茶色の縁のカード）。   反論: {party2}（青い縁）。</translation>
    </message>
    <message>
        <source>Answer key: the teacher&apos;s status is ticked, the reason given.</source>
        <translation>解答: 教員の付けた状態にチェックが入り、理由が書かれています。</translation>
    </message>
    <message>
        <source>For each claim, tick the status you think it deserves and write your reason on the lines. Supported: the public record backs it. Unsupported: the speaker offered no evidence for it. Disputed: there is evidence both for and against it. Unverifiable: it cannot be checked against public material.</source>
        <translation>各主張について、ふさわしいと思う状態にチェックを入れ、理由を線の上に書いてください。裏付けあり: 公開記録が裏付けている。根拠なし: 発言者が証拠を示していない。争いあり: 賛否両方の証拠がある。検証不能: 公開資料と照らし合わせて確認できない。</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF.</source>
        <translation>PDF をレイアウトできません。</translation>
    </message>
</context>
<context>
    <name>_NameEditing</name>
    <message>
        <source>Not saved: Enter saves it again, Escape discards it</source>
        <translation>保存されていません: Enter でもう一度保存、Escape で破棄</translation>
    </message>
</context>
<context>
    <name>_Saving</name>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <source>Not saved: %1 Press OK to save again, or Cancel to discard.</source>
        <translation>保存されていません: %1 OK でもう一度保存、キャンセルで破棄します。</translation>
    </message>
</context>
</TS>
