<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>fgg::studio::AboutDialog</name>
    <message>
        <source>About fgg-studio</source>
        <translation>关于 fgg-studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;fgg-studio %1&lt;/h2&gt;&lt;p&gt;A composition workstation for symbolic music generation with &lt;b&gt;Fine-Grained Guidance&lt;/b&gt; (FGG) diffusion: Zhu et al., &lt;i&gt;Fine-grained guidance for symbolic music generation&lt;/i&gt;, ICML 2025 (arXiv 2410.08435).&lt;/p&gt;&lt;h3&gt;Licences&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;POP909&lt;/b&gt; dataset (training data of the shipped models): MIT licence, © 2020 Music X Lab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidR3_GM&lt;/b&gt; soundfont (default sound): MIT licence, © Frank Wen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt 6&lt;/b&gt;: LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LibTorch&lt;/b&gt;: BSD-style licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidSynth&lt;/b&gt;: LGPL v2.1 or later.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RtMidi&lt;/b&gt;: MIT-style licence.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;fgg-studio %1&lt;/h2&gt;&lt;p&gt;一款基于&lt;b&gt;细粒度引导&lt;/b&gt;（FGG）扩散的符号音乐生成作曲工作站：Zhu 等，&lt;i&gt;Fine-grained guidance for symbolic music generation&lt;/i&gt;，ICML 2025（arXiv 2410.08435）。&lt;/p&gt;&lt;h3&gt;许可证&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;POP909&lt;/b&gt; 数据集（内置模型的训练数据）：MIT 许可证，© 2020 Music X Lab。&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidR3_GM&lt;/b&gt; 音色库（默认音色）：MIT 许可证，© Frank Wen。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt 6&lt;/b&gt;：LGPL v3。&lt;/li&gt;&lt;li&gt;&lt;b&gt;LibTorch&lt;/b&gt;：BSD 风格许可证。&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidSynth&lt;/b&gt;：LGPL v2.1 或更高版本。&lt;/li&gt;&lt;li&gt;&lt;b&gt;RtMidi&lt;/b&gt;：MIT 风格许可证。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>fgg::studio::Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new piece</source>
        <translation>开始新作品</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Import MIDI…</source>
        <translation>导入 MIDI(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a MIDI file: choose its melody and accompaniment tracks</source>
        <translation>读取 MIDI 文件：选择旋律轨和伴奏轨</translation>
    </message>
    <message>
        <source>&amp;Export MIDI…</source>
        <translation>导出 MIDI(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a MIDI file with every track, the tempo and the chords as markers</source>
        <translation>写出包含所有音轨、速度以及和弦标记的 MIDI 文件</translation>
    </message>
    <message>
        <source>Export &amp;Selection as MIDI…</source>
        <translation>将所选导出为 MIDI(&amp;S)…</translation>
    </message>
    <message>
        <source>Write only the selected notes to a MIDI file</source>
        <translation>只将所选音符写入 MIDI 文件</translation>
    </message>
    <message>
        <source>Export Music&amp;XML…</source>
        <translation>导出 MusicXML(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the score for notation programs (MuseScore, Dorico, Sibelius)</source>
        <translation>为打谱软件写出乐谱（MuseScore、Dorico、Sibelius）</translation>
    </message>
    <message>
        <source>Export &amp;WAV…</source>
        <translation>导出 WAV(&amp;W)…</translation>
    </message>
    <message>
        <source>Render the piece to an audio file with the soundfont</source>
        <translation>用音色库将作品渲染为音频文件</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Soundfont, MIDI port, device, autosave, language</source>
        <translation>音色库、MIDI 端口、设备、自动保存、语言</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close fgg-studio</source>
        <translation>关闭 fgg-studio</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected notes</source>
        <translation>剪切所选音符</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected notes</source>
        <translation>复制所选音符</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste notes at the playhead</source>
        <translation>在播放头处粘贴音符</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>重复(&amp;U)</translation>
    </message>
    <message>
        <source>Repeat the selected notes right after themselves</source>
        <translation>在所选音符之后紧接着重复它们</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>删除所选音符</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every note of the editable tracks</source>
        <translation>选择可编辑音轨中的所有音符</translation>
    </message>
    <message>
        <source>&amp;Quantise</source>
        <translation>量化(&amp;Q)</translation>
    </message>
    <message>
        <source>Snap the selected notes (or all) to the grid</source>
        <translation>将所选（或全部）音符对齐到网格</translation>
    </message>
    <message>
        <source>Transpose Up</source>
        <translation>向上移调</translation>
    </message>
    <message>
        <source>Move the selection a semitone up</source>
        <translation>将所选上移一个半音</translation>
    </message>
    <message>
        <source>Transpose Down</source>
        <translation>向下移调</translation>
    </message>
    <message>
        <source>Move the selection a semitone down</source>
        <translation>将所选下移一个半音</translation>
    </message>
    <message>
        <source>Octave Up</source>
        <translation>升高八度</translation>
    </message>
    <message>
        <source>Move the selection an octave up</source>
        <translation>将所选上移一个八度</translation>
    </message>
    <message>
        <source>Octave Down</source>
        <translation>降低八度</translation>
    </message>
    <message>
        <source>Move the selection an octave down</source>
        <translation>将所选下移一个八度</translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation>选择工具(&amp;S)</translation>
    </message>
    <message>
        <source>Select, move and resize notes; drag a rectangle to mark a region</source>
        <translation>选择、移动音符并调整长度；拖出矩形可标记区域</translation>
    </message>
    <message>
        <source>D&amp;raw Tool</source>
        <translation>绘制工具(&amp;R)</translation>
    </message>
    <message>
        <source>Click to draw notes, drag to set their length</source>
        <translation>单击绘制音符，拖动设置长度</translation>
    </message>
    <message>
        <source>&amp;Erase Tool</source>
        <translation>橡皮擦工具(&amp;E)</translation>
    </message>
    <message>
        <source>Click or drag across notes to erase them</source>
        <translation>单击或拖过音符以擦除</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in horizontally (Ctrl+wheel)</source>
        <translation>水平放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out horizontally (Ctrl+wheel)</source>
        <translation>水平缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Taller Rows</source>
        <translation>更高的行</translation>
    </message>
    <message>
        <source>Zoom in vertically (Alt+wheel)</source>
        <translation>垂直放大（Alt+滚轮）</translation>
    </message>
    <message>
        <source>Shorter Rows</source>
        <translation>更矮的行</translation>
    </message>
    <message>
        <source>Zoom out vertically (Alt+wheel)</source>
        <translation>垂直缩小（Alt+滚轮）</translation>
    </message>
    <message>
        <source>&amp;Follow Playhead</source>
        <translation>跟随播放头(&amp;F)</translation>
    </message>
    <message>
        <source>Scroll the roll along with playback</source>
        <translation>播放时卷帘随之滚动</translation>
    </message>
    <message>
        <source>Show Melody</source>
        <translation>显示旋律</translation>
    </message>
    <message>
        <source>Show or hide the melody track</source>
        <translation>显示或隐藏旋律轨</translation>
    </message>
    <message>
        <source>Show Accompaniment</source>
        <translation>显示伴奏</translation>
    </message>
    <message>
        <source>Show or hide the accompaniment track</source>
        <translation>显示或隐藏伴奏轨</translation>
    </message>
    <message>
        <source>Lock Melody</source>
        <translation>锁定旋律</translation>
    </message>
    <message>
        <source>Protect the melody from edits</source>
        <translation>防止旋律被编辑</translation>
    </message>
    <message>
        <source>Lock Accompaniment</source>
        <translation>锁定伴奏</translation>
    </message>
    <message>
        <source>Protect the accompaniment from edits</source>
        <translation>防止伴奏被编辑</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Play from the playhead, or pause</source>
        <translation>从播放头开始播放，或暂停</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop and return to where playback started</source>
        <translation>停止并回到播放开始处</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>回到开头(&amp;S)</translation>
    </message>
    <message>
        <source>Move the playhead to the beginning</source>
        <translation>将播放头移到开头</translation>
    </message>
    <message>
        <source>&amp;Metronome</source>
        <translation>节拍器(&amp;M)</translation>
    </message>
    <message>
        <source>Click on every beat while playing</source>
        <translation>播放时每拍发出咔嗒声</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate music for the chord progression</source>
        <translation>为和弦进行生成音乐</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selection</source>
        <translation>重新生成所选(&amp;R)</translation>
    </message>
    <message>
        <source>Generate the marked bars again, keeping the rest</source>
        <translation>重新生成标记的小节，其余保持不变</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>取消生成(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running generation</source>
        <translation>停止正在进行的生成</translation>
    </message>
    <message>
        <source>&amp;About fgg-studio</source>
        <translation>关于 fgg-studio(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>版本与许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit</source>
        <translation>Qt 工具包</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Transpose</source>
        <translation>移调(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>走带(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Listening Test…</source>
        <translation>听音测试(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Tempo </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source> Key </source>
        <translation> 调 </translation>
    </message>
    <message>
        <source> Bars </source>
        <translation> 小节 </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source> Snap </source>
        <translation> 吸附 </translation>
    </message>
    <message>
        <source> Draw into </source>
        <translation> 绘制到 </translation>
    </message>
</context>
<context>
    <name>fgg::studio::Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>fgg::ui::CandidateStrip</name>
    <message>
        <source>Discard all</source>
        <translation>全部丢弃</translation>
    </message>
    <message>
        <source>Forget these candidates; the piece stays as it is</source>
        <translation>丢弃这些候选；作品保持不变</translation>
    </message>
    <message>
        <source>Generated candidates appear here: click one to preview it in the roll, play it, and accept the one you like.</source>
        <translation>生成的候选会显示在这里：单击一个在卷帘中预览、试听，然后采用你喜欢的那个。</translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation>没有候选</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1</source>
        <translation><numerusform>%1 的 %n 个候选</numerusform></translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>候选 %1</translation>
    </message>
    <message>
        <source>Click to preview in the roll</source>
        <translation>单击在卷帘中预览</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Listen to this candidate</source>
        <translation>试听此候选</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Put this candidate into the piece (undoable)</source>
        <translation>将此候选放入作品（可撤销）</translation>
    </message>
</context>
<context>
    <name>fgg::ui::ChordLane</name>
    <message>
        <source>Chords: double-click to type a symbol, drag a boundary to move a change, right-click for suggestions</source>
        <translation>和弦：双击输入和弦符号，拖动边界移动换和弦位置，右键查看建议</translation>
    </message>
    <message>
        <source>Move chord change</source>
        <translation>移动换和弦位置</translation>
    </message>
    <message>
        <source>Edit chord…</source>
        <translation>编辑和弦…</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>在此拆分</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>与下一个合并</translation>
    </message>
    <message>
        <source>Clear (no chord)</source>
        <translation>清除（无和弦）</translation>
    </message>
    <message>
        <source>'%1' is not a chord symbol: %2</source>
        <translation>“%1”不是和弦符号：%2</translation>
    </message>
    <message>
        <source>Add chord %1</source>
        <translation>添加和弦 %1</translation>
    </message>
    <message>
        <source>Set chord %1</source>
        <translation>设置和弦 %1</translation>
    </message>
    <message>
        <source>Split chord</source>
        <translation>拆分和弦</translation>
    </message>
    <message>
        <source>Merge chords</source>
        <translation>合并和弦</translation>
    </message>
</context>
<context>
    <name>fgg::ui::ChordSuggestionMenu</name>
    <message>
        <source>Suggestions in %1</source>
        <translation>%1 中的建议</translation>
    </message>
    <message>
        <source>Diatonic</source>
        <translation>自然音阶和弦</translation>
    </message>
    <message>
        <source>Sevenths</source>
        <translation>七和弦</translation>
    </message>
    <message>
        <source>Borrowed (modal interchange)</source>
        <translation>借用和弦（调式互换）</translation>
    </message>
    <message>
        <source>Secondary dominants</source>
        <translation>副属和弦</translation>
    </message>
    <message>
        <source>Click to use %1; hover to hear it</source>
        <translation>单击使用 %1；悬停试听</translation>
    </message>
</context>
<context>
    <name>fgg::studio::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>fgg::studio::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1”有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>New piece: type a chord progression above the roll, then Generate</source>
        <translation>新作品：在卷帘上方输入和弦进行，然后点击“生成”</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>fgg-studio projects (*.fggproj);;All files (*)</source>
        <translation>fgg-studio 项目 (*.fggproj);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>fgg-studio projects (*.fggproj)</source>
        <translation>fgg-studio 项目 (*.fggproj)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Import MIDI</source>
        <translation>导入 MIDI</translation>
    </message>
    <message>
        <source>MIDI files (*.mid *.midi);;All files (*)</source>
        <translation>MIDI 文件 (*.mid *.midi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import MIDI</source>
        <translation>无法导入 MIDI</translation>
    </message>
    <message>
        <source>Imported %1: %2 melody notes, %3 accompaniment notes, %4 chords</source>
        <translation>已导入 %1：%2 个旋律音符、%3 个伴奏音符、%4 个和弦</translation>
    </message>
    <message>
        <source>Export %1 as MIDI</source>
        <translation>将%1导出为 MIDI</translation>
    </message>
    <message>
        <source>MIDI files (*.mid)</source>
        <translation>MIDI 文件 (*.mid)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Cannot export MIDI</source>
        <translation>无法导出 MIDI</translation>
    </message>
    <message>
        <source>Export MusicXML</source>
        <translation>导出 MusicXML</translation>
    </message>
    <message>
        <source>MusicXML (*.musicxml *.xml)</source>
        <translation>MusicXML (*.musicxml *.xml)</translation>
    </message>
    <message>
        <source>Cannot export MusicXML</source>
        <translation>无法导出 MusicXML</translation>
    </message>
    <message>
        <source>Export WAV</source>
        <translation>导出 WAV</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>正在渲染 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>WAV export cancelled</source>
        <translation>WAV 导出已取消</translation>
    </message>
    <message>
        <source>Cannot export WAV</source>
        <translation>无法导出 WAV</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（没有最近的文件）</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>fgg::studio::GenerationFlow</name>
    <message>
        <source>bars %1–%2 of the %3</source>
        <translation>%3的第 %1–%2 小节</translation>
    </message>
    <message>
        <source>melody</source>
        <translation>旋律</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>伴奏</translation>
    </message>
    <message>
        <source>the piece</source>
        <translation>整首作品</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) ready: click one to preview it, then Accept.</source>
        <translation><numerusform>%n 个候选已就绪：单击预览，然后点击“采用”。</numerusform></translation>
    </message>
    <message>
        <source>Generation finished</source>
        <translation>生成完成</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <source>Cancelled; the piece is unchanged.</source>
        <translation>已取消；作品未改变。</translation>
    </message>
    <message>
        <source>Generation cancelled</source>
        <translation>生成已取消</translation>
    </message>
    <message>
        <source>Mark the bars to regenerate first: drag on the ruler, or a rectangle in the roll.</source>
        <translation>请先标记要重新生成的小节：在标尺上拖动，或在卷帘中拖出矩形。</translation>
    </message>
    <message>
        <source>Type a chord progression first (the line above the roll), e.g. | C G | Am F |</source>
        <translation>请先输入和弦进行（卷帘上方的输入行），例如 | C G | Am F |</translation>
    </message>
    <message>
        <source>Custom scale: %1</source>
        <translation>自定义音阶：%1</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>正在重新生成…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Accept candidate %1</source>
        <translation>采用候选 %1</translation>
    </message>
    <message>
        <source>Accepted candidate %1 (Undo brings back what was there).</source>
        <translation>已采用候选 %1（撤销可恢复原内容）。</translation>
    </message>
    <message>
        <source>Accepted candidate %1</source>
        <translation>已采用候选 %1</translation>
    </message>
</context>
<context>
    <name>fgg::ui::GenerationPanel</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Melody and accompaniment</source>
        <translation>旋律与伴奏</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>旋律</translation>
    </message>
    <message>
        <source>Accompaniment (for the melody)</source>
        <translation>伴奏（为现有旋律）</translation>
    </message>
    <message>
        <source>Which tracks to generate from the chords (accompaniment alone keeps your melody)</source>
        <translation>根据和弦生成哪些音轨（仅生成伴奏时保留你的旋律）</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>From the chords</source>
        <translation>来自和弦</translation>
    </message>
    <message>
        <source>Dorian</source>
        <translation>多利亚</translation>
    </message>
    <message>
        <source>Pentatonic</source>
        <translation>五声音阶</translation>
    </message>
    <message>
        <source>Custom scale</source>
        <translation>自定义音阶</translation>
    </message>
    <message>
        <source>Which pitches are allowed: the chord's scale at each step (the paper's default), or one scale on the key's tonic for the whole piece</source>
        <translation>允许哪些音高：每一步使用和弦对应的音阶（论文默认），或整首作品使用以调主音为起点的同一音阶</translation>
    </message>
    <message>
        <source>Sc&amp;ale / style:</source>
        <translation>音阶 / 风格(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. C D Eb G A  or  A dorian</source>
        <translation>例如 C D Eb G A 或 A dorian</translation>
    </message>
    <message>
        <source>A list of note names, or a tonic and a scale name</source>
        <translation>音名列表，或主音加音阶名称</translation>
    </message>
    <message>
        <source>Custom scale:</source>
        <translation>自定义音阶：</translation>
    </message>
    <message>
        <source>Off: the melody gets POP909&apos;s average density (about 4 notes per bar) and the accompaniment chooses its own rhythm</source>
        <translation>关闭：旋律采用 POP909 的平均密度（每小节约 4 个音），伴奏自行决定节奏</translation>
    </message>
    <message>
        <source>Rhythm density: how many of the 16th steps start a note</source>
        <translation>节奏密度：有多少个十六分音符位置开始一个音符</translation>
    </message>
    <message>
        <source>Rhythm &amp;density:</source>
        <translation>节奏密度(&amp;D)：</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Fine-grained guidance (FGG)</source>
        <translation>细粒度引导（FGG）</translation>
    </message>
    <message>
        <source>None (model only)</source>
        <translation>无（仅模型）</translation>
    </message>
    <message>
        <source>Remove wrong notes at the last step</source>
        <translation>在最后一步移除错音</translation>
    </message>
    <message>
        <source>Round wrong notes at the end</source>
        <translation>在最后把错音移到最近的允许音</translation>
    </message>
    <message>
        <source>FGG corrects every diffusion step so no note leaves the allowed pitches</source>
        <translation>FGG 修正每一个扩散步骤，使音符不会超出允许的音高</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>引导(&amp;G)：</translation>
    </message>
    <message>
        <source>Diffusion steps: more is slower and slightly smoother (10 = the authors' schedule)</source>
        <translation>扩散步数：越多越慢、结果略平滑（10 = 作者的设置）</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>步数(&amp;S)：</translation>
    </message>
    <message>
        <source>Classifier-free guidance scale: how strongly the chords condition the result</source>
        <translation>无分类器引导强度：和弦对结果的约束有多强</translation>
    </message>
    <message>
        <source>C&amp;FG scale:</source>
        <translation>CFG 强度(&amp;F)：</translation>
    </message>
    <message>
        <source>The same seed and settings give the same result</source>
        <translation>相同的种子和设置会得到相同的结果</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>掷骰</translation>
    </message>
    <message>
        <source>A new random seed</source>
        <translation>新的随机种子</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>How many alternatives to generate at once, to compare and pick from</source>
        <translation>一次生成多少个备选，用于比较和挑选</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>候选数(&amp;N)：</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Shipped models</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <source>Model files…</source>
        <translation>模型文件…</translation>
    </message>
    <message>
        <source>The shipped checkpoints, or your own .fggm files (from `fgg train`)</source>
        <translation>内置检查点，或你自己的 .fggm 文件（来自 `fgg train`）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>选择检查点文件</translation>
    </message>
    <message>
        <source>Melody:</source>
        <translation>旋律：</translation>
    </message>
    <message>
        <source>Accompaniment:</source>
        <translation>伴奏：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA（GPU）</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>(not checked yet)</source>
        <translation>（尚未检测）</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>运行于：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the whole piece from the chord progression (Ctrl+G)</source>
        <translation>根据和弦进行生成整首作品（Ctrl+G）</translation>
    </message>
    <message>
        <source>Regenerate a part</source>
        <translation>重新生成一部分</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>伴奏</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>音轨(&amp;R)：</translation>
    </message>
    <message>
        <source>Only the marked pitch range</source>
        <translation>仅限标记的音高范围</translation>
    </message>
    <message>
        <source>Drag on the ruler (or a rectangle in the roll) to mark bars</source>
        <translation>在标尺上拖动（或在卷帘中拖出矩形）来标记小节</translation>
    </message>
    <message>
        <source>&amp;Regenerate selection</source>
        <translation>重新生成所选(&amp;R)</translation>
    </message>
    <message>
        <source>Generate the marked bars again, keeping everything around them (Ctrl+Shift+G)</source>
        <translation>重新生成标记的小节，保留周围的一切（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the generation (within one diffusion step); the piece stays as it was</source>
        <translation>停止生成（在一个扩散步骤内）；作品保持原样</translation>
    </message>
    <message>
        <source>Choose a model checkpoint</source>
        <translation>选择模型检查点</translation>
    </message>
    <message>
        <source>FGG checkpoints (*.fggm);;All files (*)</source>
        <translation>FGG 检查点 (*.fggm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <source> · pass %1/%2</source>
        <translation> · 第 %1/%2 遍</translation>
    </message>
</context>
<context>
    <name>fgg::ui::LeadSheetEdit</name>
    <message>
        <source>&amp;Progression:</source>
        <translation>和弦进行(&amp;P)：</translation>
    </message>
    <message>
        <source>| C G | Am7 | F | G7 |   (type chords, bars between |, then Enter)</source>
        <translation>| C G | Am7 | F | G7 |   （输入和弦，小节之间用 | 分隔，然后按回车）</translation>
    </message>
    <message>
        <source>Type a lead sheet: bars between '|', chords inside a bar share it equally, '%' repeats the previous bar, N.C. is no chord. Press Enter to apply.</source>
        <translation>输入和弦谱：小节之间用 '|' 分隔，同一小节内的和弦平分该小节，'%' 重复上一小节，N.C. 表示无和弦。按回车应用。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Replace the chord progression with the lead sheet</source>
        <translation>用和弦谱替换和弦进行</translation>
    </message>
    <message>
        <source>The lead sheet has no bars: write chords between '|', e.g. | C G | Am |</source>
        <translation>和弦谱中没有小节：请在 '|' 之间写和弦，例如 | C G | Am |</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Type a chord progression above the roll, then press Generate (Ctrl+G)</source>
        <translation>在卷帘上方输入和弦进行，然后点击“生成”（Ctrl+G）</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Grid that notes snap to when drawn, moved or resized</source>
        <translation>绘制、移动或调整长度时音符吸附的网格</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>小节</translation>
    </message>
    <message>
        <source>1/4</source>
        <translation>1/4</translation>
    </message>
    <message>
        <source>1/8</source>
        <translation>1/8</translation>
    </message>
    <message>
        <source>1/16</source>
        <translation>1/16</translation>
    </message>
    <message>
        <source>1/8 triplet</source>
        <translation>1/8 三连音</translation>
    </message>
    <message>
        <source>1/16 triplet</source>
        <translation>1/16 三连音</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>旋律</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>伴奏</translation>
    </message>
    <message>
        <source>The track the draw tool adds notes to</source>
        <translation>绘制工具添加音符的目标音轨</translation>
    </message>
    <message>
        <source> bpm</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Key of the piece: chord suggestions and the Dorian/pentatonic styles use it</source>
        <translation>作品的调：和弦建议以及多利亚/五声音阶风格会使用它</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 大调</translation>
    </message>
    <message>
        <source>%1 minor</source>
        <translation>%1 小调</translation>
    </message>
    <message>
        <source>Length of the piece in bars</source>
        <translation>作品长度（小节数）</translation>
    </message>
    <message>
        <source>the piece</source>
        <translation>整首作品</translation>
    </message>
    <message>
        <source>Select notes to export first</source>
        <translation>请先选择要导出的音符</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>所选内容</translation>
    </message>
    <message>
        <source>Marked: bars %1–%2</source>
        <translation>已标记：第 %1–%2 小节</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Set progression</source>
        <translation>设置和弦进行</translation>
    </message>
    <message>
        <source>Bar %1 · beat %2</source>
        <translation>第 %1 小节 · 第 %2 拍</translation>
    </message>
    <message>
        <source>Pitch %1%2 (%3)</source>
        <translation>音高 %1%2（%3）</translation>
    </message>
    <message>
        <source>Chord %1</source>
        <translation>和弦 %1</translation>
    </message>
    <message>
        <source>No chord</source>
        <translation>无和弦</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <source>Set tempo to %1 bpm</source>
        <translation>将速度设为 %1 BPM</translation>
    </message>
    <message>
        <source>Set key to %1</source>
        <translation>将调设为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Set length to %n bar(s)</source>
        <translation><numerusform>将长度设为 %n 小节</numerusform></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>fgg-studio did not close properly last time. Recover the work it autosaved on %1?</source>
        <translation>fgg-studio 上次没有正常关闭。要恢复于 %1 自动保存的工作吗？</translation>
    </message>
    <message>
        <source>Recover autosaved work</source>
        <translation>恢复自动保存的工作</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MidiImportDialog</name>
    <message>
        <source>Import MIDI: %1</source>
        <translation>导入 MIDI：%1</translation>
    </message>
    <message>
        <source>Choose which tracks become the melody and which the accompaniment. Chord markers, tempo and key are read as well.</source>
        <translation>选择哪些音轨作为旋律、哪些作为伴奏。和弦标记、速度和调也会一并读取。</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>音轨</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>音符</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>用作</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>鼓</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>旋律</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>伴奏</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n chord marker(s) found.</source>
        <translation><numerusform>找到 %n 个和弦标记。</numerusform></translation>
    </message>
    <message>
        <source>No chord markers: type a progression after importing.</source>
        <translation>没有和弦标记：导入后请输入和弦进行。</translation>
    </message>
</context>
<context>
    <name>fgg::ui::PianoKeyboard</name>
    <message>
        <source>Click a key to hear its pitch</source>
        <translation>单击琴键试听音高</translation>
    </message>
</context>
<context>
    <name>fgg::ui::PianoRollView</name>
    <message>
        <source>Delete note</source>
        <translation>删除音符</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation><numerusform>删除 %n 个音符</numerusform></translation>
    </message>
    <message>
        <source>Quantise</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Chords</source>
        <translation>和弦</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>力度</translation>
    </message>
</context>
<context>
    <name>fgg::studio::Playback</name>
    <message>
        <source>Audio is off (FGG_NO_AUDIO is set)</source>
        <translation>音频已关闭（设置了 FGG_NO_AUDIO）</translation>
    </message>
    <message>
        <source>No sound card: %1</source>
        <translation>没有声卡：%1</translation>
    </message>
    <message>
        <source>No internal synth: %1</source>
        <translation>没有内置合成器：%1</translation>
    </message>
    <message>
        <source>MIDI port: %1</source>
        <translation>MIDI 端口：%1</translation>
    </message>
</context>
<context>
    <name>fgg::studio::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>default General MIDI soundfont (FluidR3_GM)</source>
        <translation>默认 General MIDI 音色库（FluidR3_GM）</translation>
    </message>
    <message>
        <source>Choose a soundfont</source>
        <translation>选择音色库</translation>
    </message>
    <message>
        <source>SoundFont 2 (*.sf2);;All files (*)</source>
        <translation>SoundFont 2 (*.sf2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Soundfont:</source>
        <translation>音色库(&amp;S)：</translation>
    </message>
    <message>
        <source>None (internal synth only)</source>
        <translation>无（仅内置合成器）</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>Play to an external synth or DAW as well</source>
        <translation>同时发送到外部合成器或 DAW</translation>
    </message>
    <message>
        <source>&amp;MIDI output:</source>
        <translation>MIDI 输出(&amp;M)：</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA（GPU）</translation>
    </message>
    <message>
        <source>Generation &amp;device:</source>
        <translation>生成设备(&amp;D)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when fgg-studio starts again.</source>
        <translation>新语言将在 fgg-studio 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>fgg::ui::TimeRuler</name>
    <message>
        <source>Click to move the playhead; drag to select bars to regenerate</source>
        <translation>单击移动播放头；拖动选择要重新生成的小节</translation>
    </message>
</context>
<context>
    <name>fgg::ui::VelocityLane</name>
    <message>
        <source>Velocity: drag the stems up or down</source>
        <translation>力度：上下拖动竖线</translation>
    </message>
</context>
<context>
    <name>fgg::ui::DrawTool</name>
    <message>
        <source>Erase note</source>
        <translation>擦除音符</translation>
    </message>
    <message>
        <source>Draw note</source>
        <translation>绘制音符</translation>
    </message>
</context>
<context>
    <name>fgg::ui::EraseTool</name>
    <message>
        <source>Erase notes</source>
        <translation>擦除音符</translation>
    </message>
</context>
<context>
    <name>fgg::ui::NoteDrag</name>
    <message>
        <source>Copy notes</source>
        <translation>复制音符</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Composition workstation with fine-grained guided diffusion</source>
        <translation>基于细粒度引导扩散的作曲工作站</translation>
    </message>
    <message>
        <source>Open the demo piece.</source>
        <translation>打开演示作品。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>将窗口截图保存到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <source>A project or MIDI file to open.</source>
        <translation>要打开的项目或 MIDI 文件。</translation>
    </message>
</context>
</TS>