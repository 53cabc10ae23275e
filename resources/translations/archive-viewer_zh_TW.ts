<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>AboutArchive</name>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Built</source>
      <translation>建立時間</translation>
    </message>
    <message>
      <source>Pipeline version</source>
      <translation>處理流程版本</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>結構版本</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>事實</translation>
    </message>
    <message>
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>錯誤</translation>
    </message>
    <message>
      <source>About this archive</source>
      <translation>關於此檔案庫</translation>
    </message>
  </context>
  <context>
    <name>ArchiveEditor</name>
    <message>
      <source>{path} is open in {holder}, so it is opened read-only here to keep it sound. Close the other window to import or delete articles.</source>
      <translation>{path} 已在 {holder} 中開啟，為保證其完好，這裡以唯讀方式開啟。關閉另一個視窗後才能匯入或刪除文章。</translation>
    </message>
    <message>
      <source>{path} is the archive shipped with the app, which is never changed. Imports go into your own archive ({own}).</source>
      <translation>{path} 是隨應用程式附帶的檔案庫，從不修改。匯入的內容會進入你自己的檔案庫（{own}）。</translation>
    </message>
    <message>
      <source>{path} is read-only here: there is no permission to write to it.</source>
      <translation>{path} 在這裡是唯讀的：沒有寫入許可權。</translation>
    </message>
    <message>
      <source>Read-only: the archive is open in another window</source>
      <translation>唯讀：檔案庫已在另一個視窗中開啟</translation>
    </message>
    <message>
      <source>Archive in use</source>
      <translation>檔案庫正在使用</translation>
    </message>
    <message>
      <source>Filters unavailable: {}</source>
      <translation>篩選不可用：{}</translation>
    </message>
    <message>
      <source>&amp;Undo last import ({} articles)</source>
      <translation>復原上次匯入（{} 篇文章）(&amp;U)</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>無法刪除</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>無題</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>刪除文章</translation>
    </message>
    <message>
      <source>Delete “{}” and its facts from the archive?

This cannot be undone.</source>
      <translation>從檔案庫中刪除“{}”及其事實？

此操作無法復原。</translation>
    </message>
    <message>
      <source>Cannot delete the article</source>
      <translation>無法刪除文章</translation>
    </message>
    <message>
      <source>Deleted “{}”</source>
      <translation>已刪除“{}”</translation>
    </message>
    <message>
      <source>Cannot undo the import</source>
      <translation>無法復原匯入</translation>
    </message>
    <message>
      <source>Undo last import</source>
      <translation>復原上次匯入</translation>
    </message>
    <message>
      <source>Remove the {} articles added by the last import, with their facts?</source>
      <translation>移除上次匯入新增的 {} 篇文章及其事實？</translation>
    </message>
    <message>
      <source>Removed {} imported articles</source>
      <translation>已移除 {} 篇匯入的文章</translation>
    </message>
  </context>
  <context>
    <name>ArticleBar</name>
    <message>
      <source>What cleaning did</source>
      <translation>清理做了什麼</translation>
    </message>
  </context>
  <context>
    <name>ArticleListPane</name>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Source: all</source>
      <translation>來源：全部</translation>
    </message>
    <message>
      <source>Show only articles from this source</source>
      <translation>只顯示這一來源的文章</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>地區</translation>
    </message>
    <message>
      <source>Province: all</source>
      <translation>地區：全部</translation>
    </message>
    <message>
      <source>Show only articles about this province</source>
      <translation>只顯示關於這一地區的文章</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Year: all</source>
      <translation>年份：全部</translation>
    </message>
    <message>
      <source>Show only articles from this year</source>
      <translation>只顯示這一年的文章</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>排序</translation>
    </message>
    <message>
      <source>Newest or oldest articles first</source>
      <translation>最新或最早的文章在前</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>最新在前</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>最早在前</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>Arrow keys choose an article; it opens in the reader</source>
      <translation>用方向鍵選擇文章，文章在閱讀區開啟</translation>
    </message>
  </context>
  <context>
    <name>CleaningReport</name>
    <message>
      <source>Removed {n} pinyin annotations</source>
      <translation>刪除拼音注音 {n} 處</translation>
    </message>
    <message>
      <source>pinyin {n}</source>
      <translation>拼音 {n}</translation>
    </message>
    <message>
      <source>Repaired {n} garbled runs</source>
      <translation>修復亂碼 {n} 處</translation>
    </message>
    <message>
      <source>garbling repaired {n}</source>
      <translation>修復亂碼 {n}</translation>
    </message>
    <message>
      <source>{n} garbled runs could not be repaired and are marked 〔?〕</source>
      <translation>無法修復的亂碼 {n} 處，以〔?〕標出</translation>
    </message>
    <message>
      <source>garbling left {n}</source>
      <translation>未修復亂碼 {n}</translation>
    </message>
    <message>
      <source>Removed {n} lines of site menus and navigation</source>
      <translation>刪除網站欄目、導航等 {n} 行</translation>
    </message>
    <message>
      <source>site chrome {n} lines</source>
      <translation>欄目 {n} 行</translation>
    </message>
    <message>
      <source>Removed {n} lines of ads and promotion</source>
      <translation>刪除廣告和推廣 {n} 行</translation>
    </message>
    <message>
      <source>ads {n} lines</source>
      <translation>廣告 {n} 行</translation>
    </message>
    <message>
      <source>Removed {n} disclaimer lines</source>
      <translation>刪除免責聲明 {n} 行</translation>
    </message>
    <message>
      <source>disclaimers {n} lines</source>
      <translation>免責聲明 {n} 行</translation>
    </message>
    <message>
      <source>Nothing was removed or changed</source>
      <translation>未作刪改</translation>
    </message>
    <message>
      <source>none</source>
      <translation>未作刪改</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <source>Cleaning: {}</source>
      <translation>清理：{}</translation>
    </message>
    <message>
      <source>What cleaning did</source>
      <translation>清理記錄</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>The archive holds no raw original of this article.</source>
      <translation>檔案庫中沒有這篇文章的原稿。</translation>
    </message>
  </context>
  <context>
    <name>Copier</name>
    <message>
      <source>Copied the fact</source>
      <translation>已複製事實</translation>
    </message>
    <message>
      <source>Copied with citation</source>
      <translation>已連同引文複製</translation>
    </message>
    <message>
      <source>Copied {} facts as a table</source>
      <translation>已將 {} 條事實複製為表格</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Something went wrong: {}</source>
      <translation>出錯了：{}</translation>
    </message>
    <message>
      <source>The details were written to {}.</source>
      <translation>詳細資訊已寫入 {}。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export facts</source>
      <translation>匯出事實</translation>
    </message>
    <message>
      <source>Export article</source>
      <translation>匯出文章</translation>
    </message>
    <message>
      <source>This article</source>
      <translation>本文</translation>
    </message>
    <message>
      <source>The current search results</source>
      <translation>當前的搜尋結果</translation>
    </message>
    <message>
      <source>The whole archive</source>
      <translation>整個檔案庫</translation>
    </message>
    <message>
      <source>Facts of:</source>
      <translation>事實範圍：</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>純文本</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>字形</translation>
    </message>
    <message>
      <source>Script:</source>
      <translation>字形：</translation>
    </message>
  </context>
  <context>
    <name>Exporter</name>
    <message>
      <source>Export facts</source>
      <translation>匯出事實</translation>
    </message>
    <message>
      <source>Cannot export the facts</source>
      <translation>無法匯出事實</translation>
    </message>
    <message>
      <source>Exported {n} facts to {path}</source>
      <translation>已將 {n} 條事實匯出到 {path}</translation>
    </message>
    <message>
      <source>Export article</source>
      <translation>匯出文章</translation>
    </message>
    <message>
      <source>Cannot export the article</source>
      <translation>無法匯出文章</translation>
    </message>
    <message>
      <source>Exported the article to {}</source>
      <translation>已將文章匯出到 {}</translation>
    </message>
  </context>
  <context>
    <name>FactKinds</name>
    <message>
      <source>Numbers</source>
      <translation>數字</translation>
    </message>
    <message>
      <source>Amounts</source>
      <translation>金額</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>機構</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人物</translation>
    </message>
    <message>
      <source>Pairings</source>
      <translation>結對</translation>
    </message>
  </context>
  <context>
    <name>FactsModel</name>
    <message>
      <source>{rows} · {mentions} mentions</source>
      <translation>{rows}項 · {mentions}處</translation>
    </message>
    <message>
      <source>{} mentions</source>
      <translation>{}處</translation>
    </message>
  </context>
  <context>
    <name>FactsSidebar</name>
    <message>
      <source>Filter facts</source>
      <translation>篩選事實</translation>
    </message>
    <message>
      <source>Shows only the facts holding these words</source>
      <translation>只顯示包含這些字詞的事實</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>事實</translation>
    </message>
    <message>
      <source>Facts by kind. Enter shows a fact in the article; F3 and Shift+F3 step through its mentions; the menu key copies.</source>
      <translation>按類型分組的事實。Enter 在文章中顯示事實；F3 與 Shift+F3 逐處檢視其出現位置；選單鍵複製。</translation>
    </message>
    <message>
      <source>Next mention</source>
      <translation>下一處</translation>
    </message>
    <message>
      <source>Previous mention</source>
      <translation>上一處</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find in article</source>
      <translation>在文章中尋找</translation>
    </message>
    <message>
      <source>Enter: next match, Shift+Enter: previous</source>
      <translation>Enter：下一個匹配；Shift+Enter：上一個</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>匹配數</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>上一個匹配</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>下一個匹配</translation>
    </message>
    <message>
      <source>Close find</source>
      <translation>關閉尋找</translation>
    </message>
    <message>
      <source>no match</source>
      <translation>無匹配</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>Pages (*.txt *.html *.htm);;All files (*)</source>
      <translation>網頁 (*.txt *.html *.htm);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Import files</source>
      <translation>匯入檔案</translation>
    </message>
    <message>
      <source>Import folder</source>
      <translation>匯入資料夾</translation>
    </message>
    <message>
      <source>An import is already running</source>
      <translation>已有匯入正在進行</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>無法匯入</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>匯入失敗</translation>
    </message>
  </context>
  <context>
    <name>ImportProgressDialog</name>
    <message>
      <source>Importing</source>
      <translation>正在匯入</translation>
    </message>
    <message>
      <source>Looking for files…</source>
      <translation>正在尋找檔案…</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>匯入進度</translation>
    </message>
    <message>
      <source>Stop after the current file; keep what is imported</source>
      <translation>處理完當前檔案後停止；保留已匯入的內容</translation>
    </message>
    <message>
      <source>{done} of {total} files</source>
      <translation>{done} / {total} 個檔案</translation>
    </message>
    <message>
      <source>{done} of {total} files done</source>
      <translation>已完成 {done} / {total} 個檔案</translation>
    </message>
    <message>
      <source>cancelling after the current file…</source>
      <translation>處理完當前檔案後取消…</translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message>
      <source>empty</source>
      <translation>空檔案</translation>
    </message>
    <message>
      <source>binary</source>
      <translation>二進位檔案</translation>
    </message>
    <message>
      <source>not Chinese text</source>
      <translation>不是中文文本</translation>
    </message>
    <message>
      <source>too large</source>
      <translation>檔案過大</translation>
    </message>
    <message>
      <source>no article text found</source>
      <translation>找不到文章正文</translation>
    </message>
    <message>
      <source>unreadable</source>
      <translation>無法讀取</translation>
    </message>
    <message>
      <source>took too long</source>
      <translation>處理超時</translation>
    </message>
    <message>
      <source>could not be processed</source>
      <translation>無法處理</translation>
    </message>
    <message>
      <source>{imported} imported, {duplicates} duplicates skipped, {refused} refused</source>
      <translation>匯入 {imported} 篇，跳過重複 {duplicates} 篇，拒收 {refused} 個</translation>
    </message>
    <message>
      <source>Import cancelled: {}</source>
      <translation>匯入已取消：{}</translation>
    </message>
    <message>
      <source>Import stopped: {}</source>
      <translation>匯入中止：{}</translation>
    </message>
    <message>
      <source>{done} of {total} files were handled before cancelling.</source>
      <translation>取消前已處理 {total} 個檔案中的 {done} 個。</translation>
    </message>
    <message>
      <source>The import stopped: {}</source>
      <translation>匯入中止：{}</translation>
    </message>
    <message>
      <source>Refused:</source>
      <translation>拒收的檔案：</translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <source>Import finished</source>
      <translation>匯入完成</translation>
    </message>
    <message>
      <source>Import cancelled</source>
      <translation>匯入已取消</translation>
    </message>
    <message>
      <source>{done} of {total} files handled in {seconds} s</source>
      <translation>{seconds} 秒內處理了 {done} / {total} 個檔案</translation>
    </message>
    <message>
      <source>The import stopped: {}</source>
      <translation>匯入已停止：{}</translation>
    </message>
    <message>
      <source>Refused files</source>
      <translation>被拒絕的檔案</translation>
    </message>
    <message>
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳情</translation>
    </message>
    <message>
      <source>&amp;Copy report</source>
      <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
      <source>Copy the counts and every refused file with its reason</source>
      <translation>複製統計數字以及每個被拒絕的檔案及其原因</translation>
    </message>
    <message>
      <source>Refused ({}):</source>
      <translation>被拒絕（{}）：</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Cannot list the articles</source>
      <translation>無法列出文章</translation>
    </message>
    <message>
      <source>Filters unavailable: {}</source>
      <translation>篩選不可用：{}</translation>
    </message>
    <message>
      <source>No Chinese font</source>
      <translation>沒有中文字型</translation>
    </message>
    <message>
      <source>{n} articles · {f} facts</source>
      <translation>{n} 篇文章 · {f} 條事實</translation>
    </message>
    <message>
      <source>Cannot show the article</source>
      <translation>無法顯示文章</translation>
    </message>
    <message>
      <source>Open archive</source>
      <translation>開啟檔案庫</translation>
    </message>
    <message>
      <source>Archives (*.sqlite *.db);;All files (*)</source>
      <translation>檔案庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Cannot open the archive</source>
      <translation>無法開啟檔案庫</translation>
    </message>
    <message>
      <source>{n} articles, {f} facts</source>
      <translation>{n} 篇文章，{f} 條事實</translation>
    </message>
    <message>
      <source>About archive-viewer</source>
      <translation>關於 archive-viewer</translation>
    </message>
    <message>
      <source>An offline reader for Chinese news reports.</source>
      <translation>離線閱讀中文新聞報導的工具。</translation>
    </message>
    <message>
      <source>Archive: {}</source>
      <translation>檔案庫：{}</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;Preferences…</source>
      <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;System default</source>
      <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;As the system</source>
      <translation>跟隨系統(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>淺色(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>深色(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>主題(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Open archive…</source>
      <translation>開啟檔案庫(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Import files…</source>
      <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
      <source>Import &amp;folder…</source>
      <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Export facts…</source>
      <translation>匯出事實(&amp;E)…</translation>
    </message>
    <message>
      <source>Export &amp;article…</source>
      <translation>匯出文章(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo last import</source>
      <translation>復原上次匯入(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Delete article…</source>
      <translation>刪除文章(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>複製(&amp;C)</translation>
    </message>
    <message>
      <source>Copy with c&amp;itation</source>
      <translation>連同引文複製(&amp;I)</translation>
    </message>
    <message>
      <source>Copy &amp;all facts</source>
      <translation>複製全部事實(&amp;A)</translation>
    </message>
    <message>
      <source>Copy all facts as a table</source>
      <translation>將全部事實複製為表格</translation>
    </message>
    <message>
      <source>Copy this &amp;group</source>
      <translation>複製本組(&amp;G)</translation>
    </message>
    <message>
      <source>Copy in the &amp;original script</source>
      <translation>以原文字形複製(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Find in article…</source>
      <translation>在文章中尋找(&amp;F)…</translation>
    </message>
    <message>
      <source>Find &amp;next</source>
      <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
      <source>Find &amp;previous</source>
      <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Search the archive…</source>
      <translation>搜尋檔案庫(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>檢視(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Script</source>
      <translation>字形(&amp;S)</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>縮小(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>恢復原始大小(&amp;R)</translation>
    </message>
    <message>
      <source>Raw &amp;original</source>
      <translation>原稿(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Hidden</source>
      <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Beside the article</source>
      <translation>與文章對照(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Instead of the article</source>
      <translation>代替文章顯示(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Facts sidebar</source>
      <translation>事實欄(&amp;F)</translation>
    </message>
    <message>
      <source>Article &amp;list</source>
      <translation>文章列表(&amp;L)</translation>
    </message>
    <message>
      <source>Next &amp;pane</source>
      <translation>下一個窗格(&amp;P)</translation>
    </message>
    <message>
      <source>Previous pa&amp;ne</source>
      <translation>上一個窗格(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About archive-viewer</source>
      <translation>關於 archive-viewer(&amp;A)</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>字形</translation>
    </message>
    <message>
      <source>Compare raw</source>
      <translation>原稿對照</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>事實欄</translation>
    </message>
    <message>
      <source>Mark &amp;one-to-many conversions</source>
      <translation>標出一對多轉換(&amp;O)</translation>
    </message>
    <message>
      <source>Dotted underline under characters OpenCC had to choose for (发 → 發 or 髮); hover one to see the original and the alternatives</source>
      <translation>在 OpenCC 需要取捨的字下加點線（发 → 發 或 髮）；滑鼠懸停可檢視原字和其他可能</translation>
    </message>
    <message>
      <source>About this &amp;archive…</source>
      <translation>關於本檔案庫(&amp;A)…</translation>
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>單位</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>地區</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Filter text…</source>
      <translation>篩選文字…</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>篩選文字</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>匯出</translation>
    </message>
    <message>
      <source>Export the rows shown (CSV, JSON, Markdown)</source>
      <translation>匯出顯示的行（CSV、JSON、Markdown）</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>複製</translation>
    </message>
    <message>
      <source>Copy the selected rows (all rows when none is selected) as a table</source>
      <translation>將選中的行（未選中時為全部行）複製為表格</translation>
    </message>
    <message>
      <source>Facts of the archive</source>
      <translation>檔案庫中的事實</translation>
    </message>
    <message>
      <source>{}: all</source>
      <translation>{}：全部</translation>
    </message>
    <message>
      <source>{} facts</source>
      <translation>{} 條</translation>
    </message>
    <message>
      <source>{}+ facts…</source>
      <translation>{}+ 條…</translation>
    </message>
    <message>
      <source>Export facts</source>
      <translation>匯出事實</translation>
    </message>
    <message>
      <source>Pairing network</source>
      <translation>結對網路</translation>
    </message>
    <message>
      <source>{} articles</source>
      <translation>{} 篇</translation>
    </message>
    <message>
      <source>Helping side →</source>
      <translation>幫扶方 →</translation>
    </message>
    <message>
      <source>Both ways</source>
      <translation>雙向</translation>
    </message>
    <message>
      <source>→ Helped side</source>
      <translation>→ 受援方</translation>
    </message>
    <message>
      <source>The {shown} most reported pairs ({total} in all, listed below)</source>
      <translation>報導最多的 {shown} 對（共 {total} 對，見下表）</translation>
    </message>
    <message>
      <source>Province unknown</source>
      <translation>省份未知</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地方</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>機構</translation>
    </message>
    <message>
      <source>Helps</source>
      <translation>幫扶</translation>
    </message>
    <message>
      <source>Cooperation (no direction)</source>
      <translation>合作（不分方向）</translation>
    </message>
    <message>
      <source>Click a node, a line or a row of the table to list the articles that report it; double-click an article to open it.</source>
      <translation>點選節點、連線或表格中的一行，列出報導它的文章；雙擊文章開啟。</translation>
    </message>
    <message>
      <source>Pairings</source>
      <translation>結對</translation>
    </message>
    <message>
      <source>Articles behind the pairing</source>
      <translation>報導這一結對的文章</translation>
    </message>
    <message>
      <source>Save this view as a PNG or SVG picture</source>
      <translation>將此檢視儲存為 PNG 或 SVG 圖片</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Facts table</source>
      <translation>事實表</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>時間線</translation>
    </message>
    <message>
      <source>Save picture…</source>
      <translation>儲存圖片…</translation>
    </message>
  </context>
  <context>
    <name>OverviewMode</name>
    <message>
      <source>Overview</source>
      <translation>總覽</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>閱讀</translation>
    </message>
    <message>
      <source>The whole archive: facts, pairings, places, time</source>
      <translation>整個檔案庫：事實、結對、地點、時間</translation>
    </message>
    <message>
      <source>archive overview</source>
      <translation>檔案庫總覽</translation>
    </message>
    <message>
      <source>{label}: {n} articles</source>
      <translation>{label}：{n} 篇</translation>
    </message>
  </context>
  <context>
    <name>OverviewPane</name>
    <message>
      <source> ({})</source>
      <translation>（{}）</translation>
    </message>
    <message>
      <source>{heading}: {n} articles</source>
      <translation>{heading}：{n} 篇</translation>
    </message>
  </context>
  <context>
    <name>OverviewTables</name>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>原文</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>單位</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Helping side</source>
      <translation>幫扶方</translation>
    </message>
    <message>
      <source>Helped side</source>
      <translation>受援方</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>關係</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>First</source>
      <translation>最早</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>最晚</translation>
    </message>
    <message>
      <source>Mentions</source>
      <translation>提及</translation>
    </message>
    <message>
      <source>(no direction)</source>
      <translation>（不分方向）</translation>
    </message>
    <message>
      <source>{} (no direction)</source>
      <translation>{}（不分方向）</translation>
    </message>
  </context>
  <context>
    <name>RawView</name>
    <message>
      <source>Raw original</source>
      <translation>原稿</translation>
    </message>
    <message>
      <source>Raw original: removed parts are struck through</source>
      <translation>原稿：被刪除的部分加刪除線</translation>
    </message>
    <message>
      <source>(the archive holds no raw original for this article)</source>
      <translation>（檔案庫中沒有這篇文章的原稿）</translation>
    </message>
  </context>
  <context>
    <name>ReaderView</name>
    <message>
      <source>Article</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>The article text; a chosen fact or find match is highlighted</source>
      <translation>文章正文；選中的事實或尋找匹配會高亮顯示</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>無題</translation>
    </message>
  </context>
  <context>
    <name>ScriptBadge</name>
    <message>
      <source>This article is written in simplified characters</source>
      <translation>本文以簡化字寫成</translation>
    </message>
    <message>
      <source>This article is written in traditional characters</source>
      <translation>本文以繁體字寫成</translation>
    </message>
    <message>
      <source>mixed</source>
      <translation>混合</translation>
    </message>
    <message>
      <source>This article mixes simplified and traditional characters</source>
      <translation>本文簡繁混合</translation>
    </message>
    <message>
      <source>The article's script is not known</source>
      <translation>本文文字未知</translation>
    </message>
    <message>
      <source>Back to 原文</source>
      <translation>回到原文</translation>
    </message>
    <message>
      <source>Script the article is written in</source>
      <translation>文章原本的字形</translation>
    </message>
    <message>
      <source>Script shown</source>
      <translation>顯示的字形</translation>
    </message>
    <message>
      <source>Show the text as written (Ctrl+1)</source>
      <translation>按原文顯示 (Ctrl+1)</translation>
    </message>
    <message>
      <source>Back to the original script</source>
      <translation>回到原文字形</translation>
    </message>
    <message>
      <source>Shown in {} (converted by machine)</source>
      <translation>顯示為{}（機器轉換）</translation>
    </message>
    <message>
      <source>Shown as written, not converted</source>
      <translation>顯示原文，未經轉換</translation>
    </message>
  </context>
  <context>
    <name>ScriptToggle</name>
    <message>
      <source>Show text as {}</source>
      <translation>以{}顯示文字</translation>
    </message>
    <message>
      <source>Phrase localisation for 臺灣正體 (项目 → 專案, 数据库 → 資料庫)</source>
      <translation>臺灣正體的詞彙轉換（项目 → 專案，数据库 → 資料庫）</translation>
    </message>
  </context>
  <context>
    <name>SearchBar</name>
    <message>
      <source>Search the archive (Ctrl+K)</source>
      <translation>搜尋檔案庫 (Ctrl+K)</translation>
    </message>
    <message>
      <source>Search the archive</source>
      <translation>搜尋檔案庫</translation>
    </message>
    <message>
      <source>Finds words in either script; Down arrow moves to the results</source>
      <translation>兩種字形的寫法都能找到；按下方向鍵進入結果</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Preferences</source>
      <translation>偏好設定</translation>
    </message>
    <message>
      <source>Default &amp;script:</source>
      <translation>預設字形(&amp;S)：</translation>
    </message>
    <message>
      <source>Script the articles are shown in</source>
      <translation>文章顯示所用的字形</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>介面語言(&amp;I)：</translation>
    </message>
    <message>
      <source>Language of menus and dialogs</source>
      <translation>選單和對話方塊的語言</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>主題(&amp;T)：</translation>
    </message>
    <message>
      <source>Light or dark colours, or as the system</source>
      <translation>淺色或深色，或跟隨系統</translation>
    </message>
    <message>
      <source>Reading &amp;font:</source>
      <translation>閱讀字型(&amp;F)：</translation>
    </message>
    <message>
      <source>Font family of the article text</source>
      <translation>文章正文的字型</translation>
    </message>
    <message>
      <source>Font si&amp;ze:</source>
      <translation>字級(&amp;Z)：</translation>
    </message>
    <message>
      <source>Size of the article text at normal zoom</source>
      <translation>正常縮放下正文的字級</translation>
    </message>
    <message>
      <source>Import size &amp;limit:</source>
      <translation>匯入大小上限(&amp;L)：</translation>
    </message>
    <message>
      <source>Larger source files are refused when importing</source>
      <translation>匯入時拒絕更大的來源檔案</translation>
    </message>
    <message>
      <source>&amp;Archive file:</source>
      <translation>檔案庫檔案(&amp;A)：</translation>
    </message>
    <message>
      <source>The archive opened at launch</source>
      <translation>啟動時開啟的檔案庫</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>跟隨系統</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>跟隨系統</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>淺色</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <source>Automatic (by script)</source>
      <translation>自動（按字形）</translation>
    </message>
    <message>
      <source> pt</source>
      <translation> 點</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
      <source>Browse for an archive file</source>
      <translation>瀏覽檔案庫檔案</translation>
    </message>
    <message>
      <source>Choose the archive opened at launch</source>
      <translation>選擇啟動時開啟的檔案庫</translation>
    </message>
    <message>
      <source>Archive file</source>
      <translation>檔案庫檔案</translation>
    </message>
    <message>
      <source>Archives (*.sqlite *.db);;All files (*)</source>
      <translation>檔案庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Cannot open the archive</source>
      <translation>無法開啟檔案庫</translation>
    </message>
    <message>
      <source>Open archive</source>
      <translation>開啟檔案庫</translation>
    </message>
    <message>
      <source>Archives (*.sqlite *.db);;All files (*)</source>
      <translation>檔案庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>TimelineChart</name>
    <message>
      <source>▲ Articles per month (at most {})</source>
      <translation>▲ 每月文章（最多 {} 篇）</translation>
    </message>
    <message>
      <source>▼ Dated facts per month (at most {})</source>
      <translation>▼ 每月日期事實（最多 {} 個）</translation>
    </message>
    <message>
      <source>{month}: {articles} articles, {facts} dated facts</source>
      <translation>{month}：{articles} 篇文章，{facts} 個日期事實</translation>
    </message>
  </context>
  <context>
    <name>Typesetting</name>
    <message>
      <source>No font for Chinese is installed, so characters may show as boxes. Install Noto CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk; Fedora: sudo dnf install google-noto-serif-cjk-fonts) and restart archive-viewer.</source>
      <translation>沒有安裝中文字型，漢字可能顯示為方框。請安裝 Noto CJK（Debian/Ubuntu：sudo apt install fonts-noto-cjk；Fedora：sudo dnf install google-noto-serif-cjk-fonts），然後重新啟動 archive-viewer。</translation>
    </message>
  </context>
</TS>
