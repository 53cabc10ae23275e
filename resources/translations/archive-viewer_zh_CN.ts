<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutArchive</name>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Built</source>
      <translation>建立时间</translation>
    </message>
    <message>
      <source>Pipeline version</source>
      <translation>处理流程版本</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>结构版本</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>事实</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>About this archive</source>
      <translation>关于此档案库</translation>
    </message>
  </context>
  <context>
    <name>ArchiveEditor</name>
    <message>
      <source>{path} is open in {holder}, so it is opened read-only here to keep it sound. Close the other window to import or delete articles.</source>
      <translation>{path} 已在 {holder} 中打开，为保证其完好，这里以只读方式打开。关闭另一个窗口后才能导入或删除文章。</translation>
    </message>
    <message>
      <source>{path} is the archive shipped with the app, which is never changed. Imports go into your own archive ({own}).</source>
      <translation>{path} 是随应用附带的档案库，从不修改。导入的内容会进入你自己的档案库（{own}）。</translation>
    </message>
    <message>
      <source>{path} is read-only here: there is no permission to write to it.</source>
      <translation>{path} 在这里是只读的：没有写入权限。</translation>
    </message>
    <message>
      <source>Read-only: the archive is open in another window</source>
      <translation>只读：档案库已在另一个窗口中打开</translation>
    </message>
    <message>
      <source>Archive in use</source>
      <translation>档案库正在使用</translation>
    </message>
    <message>
      <source>Filters unavailable: {}</source>
      <translation>筛选不可用：{}</translation>
    </message>
    <message>
      <source>&amp;Undo last import ({} articles)</source>
      <translation>撤销上次导入（{} 篇文章）(&amp;U)</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>无法删除</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>无题</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>删除文章</translation>
    </message>
    <message>
      <source>Delete “{}” and its facts from the archive?

This cannot be undone.</source>
      <translation>从档案库中删除“{}”及其事实？

此操作无法撤销。</translation>
    </message>
    <message>
      <source>Cannot delete the article</source>
      <translation>无法删除文章</translation>
    </message>
    <message>
      <source>Deleted “{}”</source>
      <translation>已删除“{}”</translation>
    </message>
    <message>
      <source>Cannot undo the import</source>
      <translation>无法撤销导入</translation>
    </message>
    <message>
      <source>Undo last import</source>
      <translation>撤销上次导入</translation>
    </message>
    <message>
      <source>Remove the {} articles added by the last import, with their facts?</source>
      <translation>移除上次导入添加的 {} 篇文章及其事实？</translation>
    </message>
    <message>
      <source>Removed {} imported articles</source>
      <translation>已移除 {} 篇导入的文章</translation>
    </message>
  </context>
  <context>
    <name>ArticleBar</name>
    <message>
      <source>What cleaning did</source>
      <translation>清理做了什么</translation>
    </message>
  </context>
  <context>
    <name>ArticleListPane</name>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Source: all</source>
      <translation>来源：全部</translation>
    </message>
    <message>
      <source>Show only articles from this source</source>
      <translation>只显示这一来源的文章</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>Province: all</source>
      <translation>地区：全部</translation>
    </message>
    <message>
      <source>Show only articles about this province</source>
      <translation>只显示关于这一地区的文章</translation>
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
      <translation>只显示这一年的文章</translation>
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
      <translation>用方向键选择文章，文章在阅读区打开</translation>
    </message>
  </context>
  <context>
    <name>CleaningReport</name>
    <message>
      <source>Removed {n} pinyin annotations</source>
      <translation>删除拼音注音 {n} 处</translation>
    </message>
    <message>
      <source>pinyin {n}</source>
      <translation>拼音 {n}</translation>
    </message>
    <message>
      <source>Repaired {n} garbled runs</source>
      <translation>修复乱码 {n} 处</translation>
    </message>
    <message>
      <source>garbling repaired {n}</source>
      <translation>修复乱码 {n}</translation>
    </message>
    <message>
      <source>{n} garbled runs could not be repaired and are marked 〔?〕</source>
      <translation>无法修复的乱码 {n} 处，以〔?〕标出</translation>
    </message>
    <message>
      <source>garbling left {n}</source>
      <translation>未修复乱码 {n}</translation>
    </message>
    <message>
      <source>Removed {n} lines of site menus and navigation</source>
      <translation>删除网站栏目、导航等 {n} 行</translation>
    </message>
    <message>
      <source>site chrome {n} lines</source>
      <translation>栏目 {n} 行</translation>
    </message>
    <message>
      <source>Removed {n} lines of ads and promotion</source>
      <translation>删除广告和推广 {n} 行</translation>
    </message>
    <message>
      <source>ads {n} lines</source>
      <translation>广告 {n} 行</translation>
    </message>
    <message>
      <source>Removed {n} disclaimer lines</source>
      <translation>删除免责声明 {n} 行</translation>
    </message>
    <message>
      <source>disclaimers {n} lines</source>
      <translation>免责声明 {n} 行</translation>
    </message>
    <message>
      <source>Nothing was removed or changed</source>
      <translation>未作删改</translation>
    </message>
    <message>
      <source>none</source>
      <translation>未作删改</translation>
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
      <translation>清理记录</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>The archive holds no raw original of this article.</source>
      <translation>档案库中没有这篇文章的原稿。</translation>
    </message>
  </context>
  <context>
    <name>Copier</name>
    <message>
      <source>Copied the fact</source>
      <translation>已复制事实</translation>
    </message>
    <message>
      <source>Copied with citation</source>
      <translation>已连同引文复制</translation>
    </message>
    <message>
      <source>Copied {} facts as a table</source>
      <translation>已将 {} 条事实复制为表格</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Something went wrong: {}</source>
      <translation>出错了：{}</translation>
    </message>
    <message>
      <source>The details were written to {}.</source>
      <translation>详细信息已写入 {}。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export facts</source>
      <translation>导出事实</translation>
    </message>
    <message>
      <source>Export article</source>
      <translation>导出文章</translation>
    </message>
    <message>
      <source>This article</source>
      <translation>本文</translation>
    </message>
    <message>
      <source>The current search results</source>
      <translation>当前的搜索结果</translation>
    </message>
    <message>
      <source>The whole archive</source>
      <translation>整个档案库</translation>
    </message>
    <message>
      <source>Facts of:</source>
      <translation>事实范围：</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>纯文本</translation>
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
      <translation>导出事实</translation>
    </message>
    <message>
      <source>Cannot export the facts</source>
      <translation>无法导出事实</translation>
    </message>
    <message>
      <source>Exported {n} facts to {path}</source>
      <translation>已将 {n} 条事实导出到 {path}</translation>
    </message>
    <message>
      <source>Export article</source>
      <translation>导出文章</translation>
    </message>
    <message>
      <source>Cannot export the article</source>
      <translation>无法导出文章</translation>
    </message>
    <message>
      <source>Exported the article to {}</source>
      <translation>已将文章导出到 {}</translation>
    </message>
  </context>
  <context>
    <name>FactKinds</name>
    <message>
      <source>Numbers</source>
      <translation>数字</translation>
    </message>
    <message>
      <source>Amounts</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人物</translation>
    </message>
    <message>
      <source>Pairings</source>
      <translation>结对</translation>
    </message>
  </context>
  <context>
    <name>FactsModel</name>
    <message>
      <source>{rows} · {mentions} mentions</source>
      <translation>{rows}项 · {mentions}处</translation>
    </message>
    <message>
      <source>{} mentions</source>
      <translation>{}处</translation>
    </message>
  </context>
  <context>
    <name>FactsSidebar</name>
    <message>
      <source>Filter facts</source>
      <translation>筛选事实</translation>
    </message>
    <message>
      <source>Shows only the facts holding these words</source>
      <translation>只显示包含这些字词的事实</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>事实</translation>
    </message>
    <message>
      <source>Facts by kind. Enter shows a fact in the article; F3 and Shift+F3 step through its mentions; the menu key copies.</source>
      <translation>按类型分组的事实。Enter 在文章中显示事实；F3 与 Shift+F3 逐处查看其出现位置；菜单键复制。</translation>
    </message>
    <message>
      <source>Next mention</source>
      <translation>下一处</translation>
    </message>
    <message>
      <source>Previous mention</source>
      <translation>上一处</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find in article</source>
      <translation>在文章中查找</translation>
    </message>
    <message>
      <source>Enter: next match, Shift+Enter: previous</source>
      <translation>Enter：下一个匹配；Shift+Enter：上一个</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>匹配数</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>上一个匹配</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>下一个匹配</translation>
    </message>
    <message>
      <source>Close find</source>
      <translation>关闭查找</translation>
    </message>
    <message>
      <source>no match</source>
      <translation>无匹配</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>Pages (*.txt *.html *.htm);;All files (*)</source>
      <translation>网页 (*.txt *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Import files</source>
      <translation>导入文件</translation>
    </message>
    <message>
      <source>Import folder</source>
      <translation>导入文件夹</translation>
    </message>
    <message>
      <source>An import is already running</source>
      <translation>已有导入正在进行</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>导入失败</translation>
    </message>
  </context>
  <context>
    <name>ImportProgressDialog</name>
    <message>
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <source>Looking for files…</source>
      <translation>正在查找文件…</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>导入进度</translation>
    </message>
    <message>
      <source>Stop after the current file; keep what is imported</source>
      <translation>处理完当前文件后停止；保留已导入的内容</translation>
    </message>
    <message>
      <source>{done} of {total} files</source>
      <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
      <source>{done} of {total} files done</source>
      <translation>已完成 {done} / {total} 个文件</translation>
    </message>
    <message>
      <source>cancelling after the current file…</source>
      <translation>处理完当前文件后取消…</translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message>
      <source>empty</source>
      <translation>空文件</translation>
    </message>
    <message>
      <source>binary</source>
      <translation>二进制文件</translation>
    </message>
    <message>
      <source>not Chinese text</source>
      <translation>不是中文文本</translation>
    </message>
    <message>
      <source>too large</source>
      <translation>文件过大</translation>
    </message>
    <message>
      <source>no article text found</source>
      <translation>找不到文章正文</translation>
    </message>
    <message>
      <source>unreadable</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <source>took too long</source>
      <translation>处理超时</translation>
    </message>
    <message>
      <source>could not be processed</source>
      <translation>无法处理</translation>
    </message>
    <message>
      <source>{imported} imported, {duplicates} duplicates skipped, {refused} refused</source>
      <translation>导入 {imported} 篇，跳过重复 {duplicates} 篇，拒收 {refused} 个</translation>
    </message>
    <message>
      <source>Import cancelled: {}</source>
      <translation>导入已取消：{}</translation>
    </message>
    <message>
      <source>Import stopped: {}</source>
      <translation>导入中止：{}</translation>
    </message>
    <message>
      <source>{done} of {total} files were handled before cancelling.</source>
      <translation>取消前已处理 {total} 个文件中的 {done} 个。</translation>
    </message>
    <message>
      <source>The import stopped: {}</source>
      <translation>导入中止：{}</translation>
    </message>
    <message>
      <source>Refused:</source>
      <translation>拒收的文件：</translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <source>Import cancelled</source>
      <translation>导入已取消</translation>
    </message>
    <message>
      <source>{done} of {total} files handled in {seconds} s</source>
      <translation>{seconds} 秒内处理了 {done} / {total} 个文件</translation>
    </message>
    <message>
      <source>The import stopped: {}</source>
      <translation>导入已停止：{}</translation>
    </message>
    <message>
      <source>Refused files</source>
      <translation>被拒绝的文件</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>&amp;Copy report</source>
      <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
      <source>Copy the counts and every refused file with its reason</source>
      <translation>复制统计数字以及每个被拒绝的文件及其原因</translation>
    </message>
    <message>
      <source>Refused ({}):</source>
      <translation>被拒绝（{}）：</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Cannot list the articles</source>
      <translation>无法列出文章</translation>
    </message>
    <message>
      <source>Filters unavailable: {}</source>
      <translation>筛选不可用：{}</translation>
    </message>
    <message>
      <source>No Chinese font</source>
      <translation>没有中文字体</translation>
    </message>
    <message>
      <source>{n} articles · {f} facts</source>
      <translation>{n} 篇文章 · {f} 条事实</translation>
    </message>
    <message>
      <source>Cannot show the article</source>
      <translation>无法显示文章</translation>
    </message>
    <message>
      <source>Open archive</source>
      <translation>打开档案库</translation>
    </message>
    <message>
      <source>Archives (*.sqlite *.db);;All files (*)</source>
      <translation>档案库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Cannot open the archive</source>
      <translation>无法打开档案库</translation>
    </message>
    <message>
      <source>{n} articles, {f} facts</source>
      <translation>{n} 篇文章，{f} 条事实</translation>
    </message>
    <message>
      <source>About archive-viewer</source>
      <translation>关于 archive-viewer</translation>
    </message>
    <message>
      <source>An offline reader for Chinese news reports.</source>
      <translation>离线阅读中文新闻报道的工具。</translation>
    </message>
    <message>
      <source>Archive: {}</source>
      <translation>档案库：{}</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;Preferences…</source>
      <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;System default</source>
      <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;As the system</source>
      <translation>跟随系统(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>浅色(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>深色(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>主题(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Open archive…</source>
      <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Import files…</source>
      <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
      <source>Import &amp;folder…</source>
      <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Export facts…</source>
      <translation>导出事实(&amp;E)…</translation>
    </message>
    <message>
      <source>Export &amp;article…</source>
      <translation>导出文章(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo last import</source>
      <translation>撤销上次导入(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Delete article…</source>
      <translation>删除文章(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <source>Copy with c&amp;itation</source>
      <translation>连同引文复制(&amp;I)</translation>
    </message>
    <message>
      <source>Copy &amp;all facts</source>
      <translation>复制全部事实(&amp;A)</translation>
    </message>
    <message>
      <source>Copy all facts as a table</source>
      <translation>将全部事实复制为表格</translation>
    </message>
    <message>
      <source>Copy this &amp;group</source>
      <translation>复制本组(&amp;G)</translation>
    </message>
    <message>
      <source>Copy in the &amp;original script</source>
      <translation>以原文字形复制(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Find in article…</source>
      <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
      <source>Find &amp;next</source>
      <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
      <source>Find &amp;previous</source>
      <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Search the archive…</source>
      <translation>搜索档案库(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
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
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>恢复原始大小(&amp;R)</translation>
    </message>
    <message>
      <source>Raw &amp;original</source>
      <translation>原稿(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Hidden</source>
      <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Beside the article</source>
      <translation>与文章对照(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Instead of the article</source>
      <translation>代替文章显示(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Facts sidebar</source>
      <translation>事实栏(&amp;F)</translation>
    </message>
    <message>
      <source>Article &amp;list</source>
      <translation>文章列表(&amp;L)</translation>
    </message>
    <message>
      <source>Next &amp;pane</source>
      <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
      <source>Previous pa&amp;ne</source>
      <translation>上一个窗格(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About archive-viewer</source>
      <translation>关于 archive-viewer(&amp;A)</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>字形</translation>
    </message>
    <message>
      <source>Compare raw</source>
      <translation>原稿对照</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>事实栏</translation>
    </message>
    <message>
      <source>Mark &amp;one-to-many conversions</source>
      <translation>标出一对多转换(&amp;O)</translation>
    </message>
    <message>
      <source>Dotted underline under characters OpenCC had to choose for (发 → 發 or 髮); hover one to see the original and the alternatives</source>
      <translation>在 OpenCC 需要取舍的字下加点线（发 → 發 或 髮）；鼠标悬停可查看原字和其他可能</translation>
    </message>
    <message>
      <source>About this &amp;archive…</source>
      <translation>关于本档案库(&amp;A)…</translation>
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Filter text…</source>
      <translation>筛选文字…</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>筛选文字</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Export the rows shown (CSV, JSON, Markdown)</source>
      <translation>导出显示的行（CSV、JSON、Markdown）</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Copy the selected rows (all rows when none is selected) as a table</source>
      <translation>将选中的行（未选中时为全部行）复制为表格</translation>
    </message>
    <message>
      <source>Facts of the archive</source>
      <translation>档案库中的事实</translation>
    </message>
    <message>
      <source>{}: all</source>
      <translation>{}：全部</translation>
    </message>
    <message>
      <source>{} facts</source>
      <translation>{} 条</translation>
    </message>
    <message>
      <source>{}+ facts…</source>
      <translation>{}+ 条…</translation>
    </message>
    <message>
      <source>Export facts</source>
      <translation>导出事实</translation>
    </message>
    <message>
      <source>Pairing network</source>
      <translation>结对网络</translation>
    </message>
    <message>
      <source>{} articles</source>
      <translation>{} 篇</translation>
    </message>
    <message>
      <source>Helping side →</source>
      <translation>帮扶方 →</translation>
    </message>
    <message>
      <source>Both ways</source>
      <translation>双向</translation>
    </message>
    <message>
      <source>→ Helped side</source>
      <translation>→ 受援方</translation>
    </message>
    <message>
      <source>The {shown} most reported pairs ({total} in all, listed below)</source>
      <translation>报道最多的 {shown} 对（共 {total} 对，见下表）</translation>
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
      <translation>机构</translation>
    </message>
    <message>
      <source>Helps</source>
      <translation>帮扶</translation>
    </message>
    <message>
      <source>Cooperation (no direction)</source>
      <translation>合作（不分方向）</translation>
    </message>
    <message>
      <source>Click a node, a line or a row of the table to list the articles that report it; double-click an article to open it.</source>
      <translation>点击节点、连线或表格中的一行，列出报道它的文章；双击文章打开。</translation>
    </message>
    <message>
      <source>Pairings</source>
      <translation>结对</translation>
    </message>
    <message>
      <source>Articles behind the pairing</source>
      <translation>报道这一结对的文章</translation>
    </message>
    <message>
      <source>Save this view as a PNG or SVG picture</source>
      <translation>将此视图保存为 PNG 或 SVG 图片</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Facts table</source>
      <translation>事实表</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>时间线</translation>
    </message>
    <message>
      <source>Save picture…</source>
      <translation>保存图片…</translation>
    </message>
  </context>
  <context>
    <name>OverviewMode</name>
    <message>
      <source>Overview</source>
      <translation>总览</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>阅读</translation>
    </message>
    <message>
      <source>The whole archive: facts, pairings, places, time</source>
      <translation>整个档案库：事实、结对、地点、时间</translation>
    </message>
    <message>
      <source>archive overview</source>
      <translation>档案库总览</translation>
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
      <translation>类型</translation>
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
      <translation>单位</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
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
      <translation>帮扶方</translation>
    </message>
    <message>
      <source>Helped side</source>
      <translation>受援方</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
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
      <translation>原稿：被删除的部分加删除线</translation>
    </message>
    <message>
      <source>(the archive holds no raw original for this article)</source>
      <translation>（档案库中没有这篇文章的原稿）</translation>
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
      <translation>文章正文；选中的事实或查找匹配会高亮显示</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>无题</translation>
    </message>
  </context>
  <context>
    <name>ScriptBadge</name>
    <message>
      <source>This article is written in simplified characters</source>
      <translation>本文以简化字写成</translation>
    </message>
    <message>
      <source>This article is written in traditional characters</source>
      <translation>本文以繁体字写成</translation>
    </message>
    <message>
      <source>mixed</source>
      <translation>混合</translation>
    </message>
    <message>
      <source>This article mixes simplified and traditional characters</source>
      <translation>本文简繁混合</translation>
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
      <translation>显示的字形</translation>
    </message>
    <message>
      <source>Show the text as written (Ctrl+1)</source>
      <translation>按原文显示 (Ctrl+1)</translation>
    </message>
    <message>
      <source>Back to the original script</source>
      <translation>回到原文字形</translation>
    </message>
    <message>
      <source>Shown in {} (converted by machine)</source>
      <translation>显示为{}（机器转换）</translation>
    </message>
    <message>
      <source>Shown as written, not converted</source>
      <translation>显示原文，未经转换</translation>
    </message>
  </context>
  <context>
    <name>ScriptToggle</name>
    <message>
      <source>Show text as {}</source>
      <translation>以{}显示文字</translation>
    </message>
    <message>
      <source>Phrase localisation for 臺灣正體 (项目 → 專案, 数据库 → 資料庫)</source>
      <translation>臺灣正體的词汇转换（项目 → 專案，数据库 → 資料庫）</translation>
    </message>
  </context>
  <context>
    <name>SearchBar</name>
    <message>
      <source>Search the archive (Ctrl+K)</source>
      <translation>搜索档案库 (Ctrl+K)</translation>
    </message>
    <message>
      <source>Search the archive</source>
      <translation>搜索档案库</translation>
    </message>
    <message>
      <source>Finds words in either script; Down arrow moves to the results</source>
      <translation>两种字形的写法都能找到；按下方向键进入结果</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Preferences</source>
      <translation>首选项</translation>
    </message>
    <message>
      <source>Default &amp;script:</source>
      <translation>默认字形(&amp;S)：</translation>
    </message>
    <message>
      <source>Script the articles are shown in</source>
      <translation>文章显示所用的字形</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
      <source>Language of menus and dialogs</source>
      <translation>菜单和对话框的语言</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>主题(&amp;T)：</translation>
    </message>
    <message>
      <source>Light or dark colours, or as the system</source>
      <translation>浅色或深色，或跟随系统</translation>
    </message>
    <message>
      <source>Reading &amp;font:</source>
      <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
      <source>Font family of the article text</source>
      <translation>文章正文的字体</translation>
    </message>
    <message>
      <source>Font si&amp;ze:</source>
      <translation>字号(&amp;Z)：</translation>
    </message>
    <message>
      <source>Size of the article text at normal zoom</source>
      <translation>正常缩放下正文的字号</translation>
    </message>
    <message>
      <source>Import size &amp;limit:</source>
      <translation>导入大小上限(&amp;L)：</translation>
    </message>
    <message>
      <source>Larger source files are refused when importing</source>
      <translation>导入时拒绝更大的源文件</translation>
    </message>
    <message>
      <source>&amp;Archive file:</source>
      <translation>档案库文件(&amp;A)：</translation>
    </message>
    <message>
      <source>The archive opened at launch</source>
      <translation>启动时打开的档案库</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <source>Automatic (by script)</source>
      <translation>自动（按字形）</translation>
    </message>
    <message>
      <source> pt</source>
      <translation> 磅</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>Browse for an archive file</source>
      <translation>浏览档案库文件</translation>
    </message>
    <message>
      <source>Choose the archive opened at launch</source>
      <translation>选择启动时打开的档案库</translation>
    </message>
    <message>
      <source>Archive file</source>
      <translation>档案库文件</translation>
    </message>
    <message>
      <source>Archives (*.sqlite *.db);;All files (*)</source>
      <translation>档案库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Cannot open the archive</source>
      <translation>无法打开档案库</translation>
    </message>
    <message>
      <source>Open archive</source>
      <translation>打开档案库</translation>
    </message>
    <message>
      <source>Archives (*.sqlite *.db);;All files (*)</source>
      <translation>档案库 (*.sqlite *.db);;所有文件 (*)</translation>
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
      <translation>▼ 每月日期事实（最多 {} 个）</translation>
    </message>
    <message>
      <source>{month}: {articles} articles, {facts} dated facts</source>
      <translation>{month}：{articles} 篇文章，{facts} 个日期事实</translation>
    </message>
  </context>
  <context>
    <name>Typesetting</name>
    <message>
      <source>No font for Chinese is installed, so characters may show as boxes. Install Noto CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk; Fedora: sudo dnf install google-noto-serif-cjk-fonts) and restart archive-viewer.</source>
      <translation>没有安装中文字体，汉字可能显示为方框。请安装 Noto CJK（Debian/Ubuntu：sudo apt install fonts-noto-cjk；Fedora：sudo dnf install google-noto-serif-cjk-fonts），然后重新启动 archive-viewer。</translation>
    </message>
  </context>
</TS>
