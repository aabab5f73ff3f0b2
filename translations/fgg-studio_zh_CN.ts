<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>No answers yet</source>
        <translation>尚无回答</translation>
    </message>
    <message>
        <source>error bars: 95% confidence interval of the mean</source>
        <translation>误差线：均值的 95% 置信区间</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The melody track has no notes to harmonise</source>
        <translation>旋律轨没有可配和弦的音符</translation>
    </message>
    <message>
        <source>Harmonise melody</source>
        <translation>为旋律配和弦</translation>
    </message>
    <message numerus="yes">
        <source>Harmonised the melody: %n chord(s) in %1</source>
        <translation>
            <numerusform>已为旋律配和弦：%1 中的 %n 个和弦</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot harmonise: %1</source>
        <translation>无法配和弦：%1</translation>
    </message>
    <message>
        <source>Select notes (or mark a region over notes) to detect chords from</source>
        <translation>请选择音符（或在音符上标记区域），以便从中识别和弦</translation>
    </message>
    <message>
        <source>No chords found in the selection</source>
        <translation>在所选内容中未找到和弦</translation>
    </message>
    <message>
        <source>Detect chords from selection</source>
        <translation>从所选内容识别和弦</translation>
    </message>
    <message numerus="yes">
        <source>Detected %n chord(s) in bars %1-%2</source>
        <translation>
            <numerusform>在第 %1–%2 小节中识别出 %n 个和弦</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Soundfont, audio output, MIDI port, device, autosave, language</source>
        <translation>音色库、音频输出、MIDI 端口、设备、自动保存、语言</translation>
    </message>
    <message>
        <source>MIDI Input &amp;Off</source>
        <translation>关闭 MIDI 输入(&amp;O)</translation>
    </message>
    <message>
        <source>Keys played on the MIDI keyboard are not entered</source>
        <translation>在 MIDI 键盘上弹奏的音不会被输入</translation>
    </message>
    <message>
        <source>MIDI Step Input: &amp;Notes</source>
        <translation>MIDI 步进输入：音符(&amp;N)</translation>
    </message>
    <message>
        <source>Keys played on the MIDI keyboard become notes at the playhead, which moves on by one snap step</source>
        <translation>在 MIDI 键盘上弹奏的音会成为播放头处的音符，播放头随后前进一个吸附步长</translation>
    </message>
    <message>
        <source>MIDI Step Input: &amp;Chords</source>
        <translation>MIDI 步进输入：和弦(&amp;C)</translation>
    </message>
    <message>
        <source>A chord played on the MIDI keyboard replaces the chord at the playhead, which moves to the next</source>
        <translation>在 MIDI 键盘上弹奏的和弦会替换播放头处的和弦，播放头随后移到下一个和弦</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>循环(&amp;L)</translation>
    </message>
    <message>
        <source>Repeat the marked bars while playing (the whole piece when none are marked)</source>
        <translation>播放时循环标记的小节（未标记时循环整首作品）</translation>
    </message>
    <message>
        <source>&amp;MIDI Input</source>
        <translation>MIDI 输入(&amp;M)</translation>
    </message>
    <message>
        <source>Copy as &amp;MIDI</source>
        <translation>复制为 MIDI(&amp;M)</translation>
    </message>
    <message>
        <source>Put the selected notes (or the whole piece) on the clipboard as a MIDI file, to paste into a DAW or a folder</source>
        <translation>将所选音符（或整首作品）作为 MIDI 文件放入剪贴板，以便粘贴到 DAW 或文件夹中</translation>
    </message>
    <message>
        <source>&amp;Harmonise Melody</source>
        <translation>为旋律配和弦(&amp;H)</translation>
    </message>
    <message>
        <source>Fill the chord lane with chords for the melody track (learned progressions)</source>
        <translation>用适合旋律轨的和弦填充和弦栏（学习得到的和弦进行）</translation>
    </message>
    <message>
        <source>&amp;Lock Notes</source>
        <translation>锁定音符(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the selected notes when generating: Generate and Regenerate write around them</source>
        <translation>生成时保留所选音符：“生成”和“重新生成”会绕开它们进行创作</translation>
    </message>
    <message>
        <source>U&amp;nlock Notes</source>
        <translation>解锁音符(&amp;N)</translation>
    </message>
    <message>
        <source>Let generation replace the selected notes again</source>
        <translation>允许生成再次替换所选音符</translation>
    </message>
    <message>
        <source>&amp;Detect Chords from Selection</source>
        <translation>从所选识别和弦(&amp;D)</translation>
    </message>
    <message>
        <source>Fill the chord lane over the selected notes (or the marked region) with the chords they make</source>
        <translation>用所选音符（或标记区域）构成的和弦填充其上方的和弦栏</translation>
    </message>
    <message>
        <source>Send Live to &amp;DAW</source>
        <translation>实时发送到 DAW(&amp;D)</translation>
    </message>
    <message>
        <source>Offer the MIDI port fgg-studio-live:out and play into it: connect a DAW&apos;s MIDI input to it to record or hear the piece with its instruments</source>
        <translation>提供 MIDI 端口 fgg-studio-live:out 并向其播放：将 DAW 的 MIDI 输入连接到该端口，即可用 DAW 的乐器录制或试听作品</translation>
    </message>
    <message>
        <source>C&amp;ontinue Melody</source>
        <translation>续写旋律(&amp;O)</translation>
    </message>
    <message>
        <source>Keep the melody written so far (your motif) and continue it through the rest of the progression</source>
        <translation>保留目前已写的旋律（你的动机），并在和弦进行的剩余部分中续写</translation>
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
        <translation>
            <numerusform>%n 个候选已就绪：单击预览，然后点击“采用”。</numerusform>
        </translation>
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
    <message>
        <source>the melody from bar %1</source>
        <translation>从第 %1 小节起的旋律</translation>
    </message>
    <message>
        <source>Taking shape: step %1 of %2, pass %3 of %4</source>
        <translation>正在成形：第 %1/%2 步，第 %3/%4 遍</translation>
    </message>
    <message>
        <source>Taking shape: step %1 of %2</source>
        <translation>正在成形：第 %1/%2 步</translation>
    </message>
    <message>
        <source>Write or import a few bars of melody first: Continue Melody carries them on through the rest of the progression.</source>
        <translation>请先写入或导入几小节旋律：“续写旋律”会将其延续到和弦进行的剩余部分。</translation>
    </message>
    <message>
        <source>The melody already fills the piece: add bars (Bars in the tool bar) to continue it.</source>
        <translation>旋律已填满整首作品：请先增加小节（工具栏中的“小节”）再续写。</translation>
    </message>
    <message>
        <source>Continuing the melody…</source>
        <translation>正在续写旋律…</translation>
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
        <translation>
            <numerusform>将长度设为 %n 小节</numerusform>
        </translation>
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
    <message>
        <source>No MIDI input chosen: pick your keyboard in Preferences</source>
        <translation>未选择 MIDI 输入：请在首选项中选择你的键盘</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Drag MIDI</source>
        <translation>拖出 MIDI</translation>
    </message>
    <message>
        <source>Drag from here into your DAW or a folder: the selected notes, or the whole piece when nothing is selected, as a MIDI file</source>
        <translation>从这里拖到你的 DAW 或文件夹：所选音符（未选择时为整首作品）将作为 MIDI 文件</translation>
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
        <source>Cannot make the MIDI file: %1</source>
        <translation>无法创建 MIDI 文件：%1</translation>
    </message>
    <message>
        <source>Drag this button into your DAW or a folder (the selection, or the whole piece); or use Edit &gt; Copy as MIDI</source>
        <translation>将此按钮拖到你的 DAW 或文件夹（所选内容或整首作品）；也可使用 编辑 &gt; 复制为 MIDI</translation>
    </message>
    <message>
        <source>Copied %1.mid: paste it into a DAW or a folder</source>
        <translation>已复制 %1.mid：可将其粘贴到 DAW 或文件夹中</translation>
    </message>
    <message>
        <source>Cannot copy as MIDI: %1</source>
        <translation>无法复制为 MIDI：%1</translation>
    </message>
    <message>
        <source>Set the %1&apos;s sound to %2</source>
        <translation>将%1的音色设为 %2</translation>
    </message>
    <message>
        <source>Chord pad on: %1</source>
        <translation>和弦铺底已开启：%1</translation>
    </message>
    <message>
        <source>Chord pad off</source>
        <translation>和弦铺底已关闭</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MidiExchange</name>
    <message>
        <source>cannot make a folder for MIDI files in %1: %2</source>
        <translation>无法在 %1 中为 MIDI 文件创建文件夹：%2</translation>
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
        <translation>
            <numerusform>找到 %n 个和弦标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>No chord markers: detect the chords from the notes (you can edit them in the chord lane)</source>
        <translation>没有和弦标记：从音符中识别和弦（之后可在和弦栏中编辑）</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MidiKeyboard</name>
    <message>
        <source>MIDI input %1: %2</source>
        <translation>MIDI 输入 %1：%2</translation>
    </message>
</context>
<context>
    <name>fgg::studio::NoteCommands</name>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>添加 %n 个音符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>删除 %n 个音符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>移动 %n 个音符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize %n note(s)</source>
        <translation>
            <numerusform>调整 %n 个音符的长度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set velocity of %n note(s)</source>
        <translation>
            <numerusform>设置 %n 个音符的力度</numerusform>
        </translation>
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
    <message>
        <source>Live MIDI port closed</source>
        <translation>实时 MIDI 端口已关闭</translation>
    </message>
    <message>
        <source>Live MIDI port %1:%2 is open (%3): connect your DAW&apos;s MIDI input to it</source>
        <translation>实时 MIDI 端口 %1:%2 已打开（%3）：请将你的 DAW 的 MIDI 输入连接到它</translation>
    </message>
    <message>
        <source>No live MIDI port: %1</source>
        <translation>没有实时 MIDI 端口：%1</translation>
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
    <message>
        <source>Automatic (the first that works)</source>
        <translation>自动（使用第一个可用的）</translation>
    </message>
    <message>
        <source>%1 (not in this FluidSynth)</source>
        <translation>%1（此 FluidSynth 不支持）</translation>
    </message>
    <message>
        <source>How the internal synth reaches the sound card; Automatic tries %1 in turn</source>
        <translation>内置合成器连接声卡的方式；“自动”会依次尝试 %1</translation>
    </message>
    <message>
        <source>Audio &amp;output:</source>
        <translation>音频输出(&amp;O)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>MIDI &amp;input:</source>
        <translation>MIDI 输入(&amp;I)：</translation>
    </message>
    <message>
        <source>A MIDI keyboard for step input (Edit &gt; MIDI Input)</source>
        <translation>用于步进输入的 MIDI 键盘（编辑 &gt; MIDI 输入）</translation>
    </message>
    <message>
        <source>No MIDI ports: %1</source>
        <translation>没有 MIDI 端口：%1</translation>
    </message>
    <message>
        <source>Offer a &amp;live MIDI port for a DAW (%1:%2)</source>
        <translation>为 DAW 提供实时 MIDI 端口（%1:%2）(&amp;L)</translation>
    </message>
    <message>
        <source>Playback goes to this port too: connect a DAW&apos;s MIDI input to it (Transport &gt; Send Live to DAW does the same)</source>
        <translation>播放内容也会发送到此端口：将 DAW 的 MIDI 输入连接到它（走带 &gt; 实时发送到 DAW 的作用相同）</translation>
    </message>
</context>
<context>
    <name>fgg::studio::ProjectFile</name>
    <message>
        <source>the key&apos;s tonic &apos;%1&apos; is not a note name</source>
        <translation>调的主音“%1”不是音名</translation>
    </message>
    <message>
        <source>ticksPerBeat must be 1..32767</source>
        <translation>ticksPerBeat 必须在 1..32767 之间</translation>
    </message>
    <message>
        <source>a tempo must be between 0 and 1000 bpm</source>
        <translation>速度必须在 0 到 1000 BPM 之间</translation>
    </message>
    <message>
        <source>a time signature must be positive</source>
        <translation>拍号必须为正数</translation>
    </message>
    <message>
        <source>chord &apos;%1&apos; at tick %2: %3</source>
        <translation>第 %2 tick 处的和弦“%1”：%3</translation>
    </message>
    <message>
        <source>a note in track &apos;%1&apos; at tick %2 is out of range</source>
        <translation>音轨“%1”中第 %2 tick 处的音符超出范围</translation>
    </message>
    <message>
        <source>not a valid project file (%1 at byte %2)</source>
        <translation>不是有效的项目文件（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not an fgg-studio project (no &quot;format&quot;: &quot;fgg-studio project&quot;)</source>
        <translation>不是 fgg-studio 项目（缺少 &quot;format&quot;: &quot;fgg-studio project&quot;）</translation>
    </message>
    <message>
        <source>this project was saved by a newer fgg-studio (format version %1; this version reads up to %2). Update fgg-studio to open it.</source>
        <translation>此项目由较新版本的 fgg-studio 保存（格式版本 %1；当前版本最多支持 %2）。请更新 fgg-studio 后再打开。</translation>
    </message>
    <message>
        <source>the project has no valid format version</source>
        <translation>项目没有有效的格式版本</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: %2 (the previous file is unchanged)</source>
        <translation>无法保存 %1：%2（原文件未改变）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>: the file is too large for a project</source>
        <translation>：文件太大，不是项目文件</translation>
    </message>
    <message>
        <source>the scale of the chord at tick %1 has no pitch classes</source>
        <translation>第 %1 tick 处和弦的音阶不含任何音级</translation>
    </message>
    <message>
        <source>the rhythm lane: %1</source>
        <translation>节奏栏：%1</translation>
    </message>
    <message>
        <source>a note in track &apos;%1&apos; is not [start, length, pitch, velocity(, locked)]</source>
        <translation>音轨“%1”中有音符不是 [start, length, pitch, velocity(, locked)] 格式</translation>
    </message>
</context>
<context>
    <name>fgg::studio::StepInput</name>
    <message>
        <source>The %1 track is hidden or locked: step input needs it open</source>
        <translation>音轨“%1”已隐藏或锁定：步进输入需要它处于可编辑状态</translation>
    </message>
    <message numerus="yes">
        <source>Step input: %n note(s)</source>
        <translation>
            <numerusform>步进输入：%n 个音符</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter chord %1</source>
        <translation>输入和弦 %1</translation>
    </message>
    <message>
        <source>Chord %1 entered</source>
        <translation>已输入和弦 %1</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::BarChart</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>fgg-studio listening test results</source>
        <translation>fgg-studio 听音测试结果</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::ListeningTestWindow</name>
    <message>
        <source>Design…</source>
        <translation>设计…</translation>
    </message>
    <message>
        <source>Build stimuli</source>
        <translation>生成刺激材料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run a participant…</source>
        <translation>开始被试测试…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>结果…</translation>
    </message>
    <message>
        <source>Listening Test</source>
        <translation>听音测试</translation>
    </message>
    <message>
        <source>New study…</source>
        <translation>新建研究…</translation>
    </message>
    <message>
        <source>Open study…</source>
        <translation>打开研究…</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Conditions, prompts, questions</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; 实验条件、提示、问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; Generate and render every stimulus</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; 生成并渲染每个刺激材料</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Blind trials, one participant at a time</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; 盲测试次，每次一位被试</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Tables, tests and chart</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; 表格、检验和图表</translation>
    </message>
    <message>
        <source>Making %1 (%2 of %3)…</source>
        <translation>正在制作 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>%1 stimuli made, %2 already there (%3).</source>
        <translation>已制作 %1 个刺激材料，%2 个已存在（%3）。</translation>
    </message>
    <message>
        <source>MIDI and WAV</source>
        <translation>MIDI 和 WAV</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>Writing MIDI files only (no WAV): %1</source>
        <translation>仅写入 MIDI 文件（无 WAV）：%1</translation>
    </message>
    <message>
        <source>Cancelled: the stimuli made so far are kept; build again to go on.</source>
        <translation>已取消：已制作的刺激材料会保留；再次生成即可继续。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>打开研究</translation>
    </message>
    <message>
        <source>New study: choose an empty folder</source>
        <translation>新建研究：选择一个空文件夹</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>新建研究</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>打开研究文件夹</translation>
    </message>
    <message>
        <source>No study open</source>
        <translation>未打开研究</translation>
    </message>
    <message>
        <source>Create a study (a folder holding its design, stimuli and answers) or open one.</source>
        <translation>新建一个研究（一个存放其设计、刺激材料和回答的文件夹），或打开已有的研究。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 conditions, %3 prompts, %4 trials per participant. Stimuli: %5 of %6 built. Participants: %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 个实验条件，%3 个提示，每位被试 %4 个试次。刺激材料：已生成 %5 / %6。被试：%7。</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>尚未就绪：%1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Run a participant</source>
        <translation>开始被试测试</translation>
    </message>
    <message>
        <source>Some stimuli are not built yet: participants will find them missing. Run anyway?</source>
        <translation>部分刺激材料尚未生成：被试将发现它们缺失。仍要开始吗？</translation>
    </message>
    <message>
        <source>Participant id (a new id starts a new participant; an existing one resumes where it stopped):</source>
        <translation>被试 ID（新 ID 开始一位新被试；已有 ID 从上次中断处继续）：</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; (at most 40).</source>
        <translation>请使用字母、数字、&apos;-&apos; 或 &apos;_&apos;（最多 40 个）。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 trials done)</source>
        <translation>%1（已完成 %2 / %3 个试次）</translation>
    </message>
    <message>
        <source>Unfinished: %1. Type one of these ids to resume it.</source>
        <translation>未完成：%1。输入其中一个 ID 即可继续。</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::ParticipantWindow</name>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Listening test – %1</source>
        <translation>听音测试 – %1</translation>
    </message>
    <message>
        <source>Continue where you stopped</source>
        <translation>从上次中断处继续</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s).</source>
        <translation>
            <numerusform>共 %n 个试次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>暂停（稍后继续）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Thank you!&lt;/h2&gt;&lt;p&gt;All your answers are saved. You may close this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;谢谢！&lt;/h2&gt;&lt;p&gt;你的所有回答均已保存。现在可以关闭此窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial %1 / %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;试次 %1 / %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stimulus %1 is missing: ask the experimenter to build the stimuli.</source>
        <translation>缺少刺激材料 %1：请让主试生成刺激材料。</translation>
    </message>
    <message>
        <source>Piece %1</source>
        <translation>乐曲 %1</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>回答未保存</translation>
    </message>
    <message>
        <source>%1

Please tell the experimenter before going on.</source>
        <translation>%1

继续之前请告知主试。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Answer every question to go on</source>
        <translation>回答所有问题后才能继续</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>进度未保存</translation>
    </message>
    <message>
        <source>Pause the test?</source>
        <translation>暂停测试？</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Pause here and go on later?</source>
        <translation>你目前的回答已保存。要在此暂停、稍后继续吗？</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::ResultsView</name>
    <message>
        <source>Listening test results</source>
        <translation>听音测试结果</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Reload answers</source>
        <translation>重新加载回答</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export summary CSV…</source>
        <translation>导出汇总 CSV…</translation>
    </message>
    <message>
        <source>Export raw answers CSV…</source>
        <translation>导出原始回答 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n participant(s), %2 trials completed, %3 answers</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n 位被试，已完成 %2 个试次，%3 个回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>实验条件</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对比 </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>normal approx.</source>
        <translation>正态近似</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank</source>
        <translation>Wilcoxon 符号秩检验</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>配对数</translation>
    </message>
    <message>
        <source>Mean diff.</source>
        <translation>均值差</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Rating (%1–%2)</source>
        <translation>评分（%1–%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>被选次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Binomial p (chance %1%)</source>
        <translation>二项检验 p（随机水平 %1%）</translation>
    </message>
    <message>
        <source>chance (%1%)</source>
        <translation>随机水平（%1%）</translation>
    </message>
    <message>
        <source>Chosen (% of %1)</source>
        <translation>被选比例（%，共 %1 次）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export raw answers</source>
        <translation>导出原始回答</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出汇总</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::StimulusPlayer</name>
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
</context>
<context>
    <name>fgg::studio::listening::StudyDesignerDialog</name>
    <message>
        <source>Show the notes (piano roll) to participants</source>
        <translation>向被试显示音符（钢琴卷帘）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Model folder (empty: shipped)</source>
        <translation>模型文件夹（留空：内置）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lead sheet</source>
        <translation>和弦谱</translation>
    </message>
    <message>
        <source>MIDI file</source>
        <translation>MIDI 文件</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Bars (0 = all)</source>
        <translation>小节数（0 = 全部）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Low label</source>
        <translation>低端标签</translation>
    </message>
    <message>
        <source>High label</source>
        <translation>高端标签</translation>
    </message>
    <message>
        <source>Design the study</source>
        <translation>设计研究</translation>
    </message>
    <message>
        <source>Title (participants see it)</source>
        <translation>标题（被试可见）</translation>
    </message>
    <message>
        <source>Instructions (shown before the first trial)</source>
        <translation>说明（在第一个试次前显示）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Samples per prompt and condition</source>
        <translation>每个提示和条件的样本数</translation>
    </message>
    <message>
        <source>Add generated</source>
        <translation>添加生成条件</translation>
    </message>
    <message>
        <source>Add human original</source>
        <translation>添加人类原作</translation>
    </message>
    <message>
        <source>Model folder…</source>
        <translation>模型文件夹…</translation>
    </message>
    <message>
        <source>Generate the selected condition with the models (melody.fggm, accompaniment.fggm) of another folder, e.g. a checkpoint of your own</source>
        <translation>使用另一个文件夹中的模型（melody.fggm、accompaniment.fggm）生成所选条件，例如你自己的检查点</translation>
    </message>
    <message>
        <source>Add lead sheet…</source>
        <translation>添加和弦谱…</translation>
    </message>
    <message>
        <source>Import songs (MIDI)…</source>
        <translation>导入歌曲（MIDI）…</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Default questions</source>
        <translation>默认问题</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>实验条件</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Participants never see condition ids or labels: they hear pieces A, B, C…</source>
        <translation>被试永远看不到条件 ID 或标签：他们听到的是乐曲 A、B、C…</translation>
    </message>
    <message>
        <source>The human original is played as imported.</source>
        <translation>人类原作按导入时的原样播放。</translation>
    </message>
    <message>
        <source>A MIDI file keeps its own tempo.</source>
        <translation>MIDI 文件保留其自身的速度。</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Select a generated condition first.</source>
        <translation>请先选择一个生成条件。</translation>
    </message>
    <message>
        <source>Folder with melody.fggm and accompaniment.fggm</source>
        <translation>包含 melody.fggm 和 accompaniment.fggm 的文件夹</translation>
    </message>
    <message>
        <source>%1 holds neither melody.fggm nor accompaniment.fggm: building the stimuli will fail until it does.</source>
        <translation>%1 中既没有 melody.fggm 也没有 accompaniment.fggm：在放入模型之前，生成刺激材料将会失败。</translation>
    </message>
    <message>
        <source>A preference is a choice among the pieces: it has no scale.</source>
        <translation>偏好是在乐曲之间做选择：它没有评分范围。</translation>
    </message>
    <message>
        <source>Add lead sheet</source>
        <translation>添加和弦谱</translation>
    </message>
    <message>
        <source>Chords, bar by bar:</source>
        <translation>和弦（逐小节）：</translation>
    </message>
    <message>
        <source>Import songs</source>
        <translation>导入歌曲</translation>
    </message>
    <message>
        <source>MIDI files (*.mid *.midi)</source>
        <translation>MIDI 文件 (*.mid *.midi)</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Save study</source>
        <translation>保存研究</translation>
    </message>
    <message>
        <source>The study cannot run yet:

• %1

Save it anyway?</source>
        <translation>该研究尚无法运行：

• %1

仍要保存吗？</translation>
    </message>
    <message>
        <source>Participants have answered already. Changing conditions, prompts, samples or the seed changes their trials. Save anyway?</source>
        <translation>已有被试作答。更改实验条件、提示、样本数或随机种子会改变他们的试次。仍要保存吗？</translation>
    </message>
    <message>
        <source>Chords bar by bar (| C G | Am F |); empty for a song with chord markers. A lead sheet given for a song replaces its chords.</source>
        <translation>逐小节的和弦（| C G | Am F |）；对于带和弦标记的歌曲可留空。为歌曲填写的和弦谱会替换其原有和弦。</translation>
    </message>
    <message>
        <source>Use only the first bars of the prompt (0 = all).</source>
        <translation>只使用提示的前若干小节（0 = 全部）。</translation>
    </message>
    <message>
        <source>Shown in the results, never to participants.</source>
        <translation>显示在结果中，绝不会向被试显示。</translation>
    </message>
    <message>
        <source>%1 is not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1 has no chord markers: type its chords in the Lead sheet column.</source>
        <translation>%1 没有和弦标记：请在“和弦谱”列中输入其和弦。</translation>
    </message>
    <message>
        <source>%1 has no notes: there is no human original to play.</source>
        <translation>%1 没有音符：没有可播放的人类原作。</translation>
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
        <translation>
            <numerusform>%1 的 %n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>候选 %1</translation>
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
    <message>
        <source>Click to preview in the roll; drag out of the window for a MIDI file</source>
        <translation>单击在卷帘中预览；拖出窗口即可得到 MIDI 文件</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>Drag this candidate into your DAW or a folder as a MIDI file</source>
        <translation>将此候选作为 MIDI 文件拖到你的 DAW 或文件夹</translation>
    </message>
    <message>
        <source>Taking shape: the notes this candidate would have if the generation stopped now</source>
        <translation>正在成形：如果现在停止生成，此候选将会包含的音符</translation>
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
        <source>&apos;%1&apos; is not a chord symbol: %2</source>
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
    <message>
        <source>Next chord (learned)</source>
        <translation>下一个和弦（学习所得）</translation>
    </message>
    <message>
        <source>custom scale</source>
        <translation>自定义音阶</translation>
    </message>
    <message numerus="yes">
        <source>Set the scale of %n chord(s)</source>
        <translation>
            <numerusform>设置 %n 个和弦的音阶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n chord(s) their own scale back</source>
        <translation>
            <numerusform>恢复 %n 个和弦自身的音阶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fgg::ui::ChordScaleMenu</name>
    <message>
        <source>Scale for this chord</source>
        <translation>此和弦的音阶</translation>
    </message>
    <message>
        <source>The chord&apos;s own (default)</source>
        <translation>和弦自身的音阶（默认）</translation>
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
    <message>
        <source>Likely here (learned from songs)</source>
        <translation>此处常用（从歌曲中学习）</translation>
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
        <source>Which pitches are allowed: the chord&apos;s scale at each step (the paper&apos;s default), or one scale on the key&apos;s tonic for the whole piece</source>
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
        <source>Diffusion steps: more is slower and slightly smoother (10 = the authors&apos; schedule)</source>
        <translation>扩散步数：越多越慢、结果略平滑（10 = 作者的设置）</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>步数(&amp;S)：</translation>
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
    <message>
        <source>How much the loudness of generated notes varies around their accents (downbeats loudest); 0 = the accents alone</source>
        <translation>生成音符的响度围绕其重音浮动的幅度（强拍最响）；0 = 仅按重音</translation>
    </message>
    <message>
        <source>&amp;Humanise:</source>
        <translation>人性化(&amp;H)：</translation>
    </message>
    <message>
        <source>Continue &amp;melody</source>
        <translation>续写旋律(&amp;M)</translation>
    </message>
    <message>
        <source>Keep the melody written so far (your motif) note for note and continue it to the end of the progression (Ctrl+Alt+G)</source>
        <translation>逐音保留目前已写的旋律（你的动机），并将其续写到和弦进行的结尾（Ctrl+Alt+G）</translation>
    </message>
    <message>
        <source>Classifier-free guidance scale of the melody: how strongly the chords condition it</source>
        <translation>旋律的无分类器引导强度：和弦对旋律的约束有多强</translation>
    </message>
    <message>
        <source>Classifier-free guidance scale of the accompaniment: lower than the melody&apos;s keeps it closer to the chords and to a pianist&apos;s register</source>
        <translation>伴奏的无分类器引导强度：低于旋律的强度可使伴奏更贴合和弦，并保持在钢琴手常用的音区</translation>
    </message>
    <message>
        <source>Acc&amp;ompaniment CFG:</source>
        <translation>伴奏 CFG(&amp;O)：</translation>
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
        <source>Type a lead sheet: bars between &apos;|&apos;, chords inside a bar share it equally, &apos;%&apos; repeats the previous bar, N.C. is no chord. Press Enter to apply.</source>
        <translation>输入和弦谱：小节之间用 &apos;|&apos; 分隔，同一小节内的和弦平分该小节，&apos;%&apos; 重复上一小节，N.C. 表示无和弦。按回车应用。</translation>
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
        <source>The lead sheet has no bars: write chords between &apos;|&apos;, e.g. | C G | Am |</source>
        <translation>和弦谱中没有小节：请在 &apos;|&apos; 之间写和弦，例如 | C G | Am |</translation>
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
        <translation>
            <numerusform>删除 %n 个音符</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Lock %n note(s)</source>
        <translation>
            <numerusform>锁定 %n 个音符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n note(s)</source>
        <translation>
            <numerusform>解锁 %n 个音符</numerusform>
        </translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>节奏</translation>
    </message>
</context>
<context>
    <name>fgg::ui::RhythmLane</name>
    <message>
        <source>Rhythm: click or drag to choose where the melody starts notes; Generate follows the bars you draw (right-click for more)</source>
        <translation>节奏：单击或拖动以选择旋律在哪些位置起音；“生成”会遵循你绘制的小节（右键查看更多）</translation>
    </message>
    <message>
        <source>Draw rhythm</source>
        <translation>绘制节奏</translation>
    </message>
    <message>
        <source>Rhythm from the melody</source>
        <translation>从旋律提取节奏</translation>
    </message>
    <message>
        <source>Clear rhythm</source>
        <translation>清除节奏</translation>
    </message>
    <message>
        <source>Take Rhythm from Melody</source>
        <translation>从旋律提取节奏</translation>
    </message>
    <message>
        <source>Clear Rhythm</source>
        <translation>清除节奏</translation>
    </message>
</context>
<context>
    <name>fgg::ui::SoundPanel</name>
    <message>
        <source>The melody&apos;s General MIDI instrument: heard in playback and written to MIDI files</source>
        <translation>旋律的 General MIDI 乐器：用于播放，并写入 MIDI 文件</translation>
    </message>
    <message>
        <source>The accompaniment&apos;s General MIDI instrument: heard in playback and written to MIDI files</source>
        <translation>伴奏的 General MIDI 乐器：用于播放，并写入 MIDI 文件</translation>
    </message>
    <message>
        <source>Chord &amp;pad</source>
        <translation>和弦铺底(&amp;P)</translation>
    </message>
    <message>
        <source>Sound the chord lane as sustained chords (played, and exported as a Chords track)</source>
        <translation>将和弦栏以持续和弦的形式发声（播放时可听到，并导出为“Chords”音轨）</translation>
    </message>
    <message>
        <source>The chord pad&apos;s General MIDI instrument</source>
        <translation>和弦铺底的 General MIDI 乐器</translation>
    </message>
    <message>
        <source>&amp;Melody:</source>
        <translation>旋律(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Accompaniment:</source>
        <translation>伴奏(&amp;A)：</translation>
    </message>
    <message>
        <source>Programs are General MIDI: FluidSynth plays them with the soundfont, and a DAW or synth on the MIDI port gets them as program changes.</source>
        <translation>音色采用 General MIDI：FluidSynth 用音色库播放它们，MIDI 端口上的 DAW 或合成器则以音色切换（Program Change）消息接收。</translation>
    </message>
    <message>
        <source>How loud the internal synth plays (exported WAV files are scaled to their own peak; MIDI ports are not affected)</source>
        <translation>内置合成器的播放音量（导出的 WAV 文件按其自身峰值缩放；不影响 MIDI 端口）</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V)：</translation>
    </message>
    <message>
        <source>+%1 dB</source>
        <translation>+%1 dB</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
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
    <name>main</name>
    <message>
        <source>Composition workstation with fine-grained guided diffusion</source>
        <translation>基于细粒度引导扩散的作曲工作站</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>将窗口截图保存到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <source>A project or MIDI file to open.</source>
        <translation>要打开的项目或 MIDI 文件。</translation>
    </message>
    <message>
        <source>Open the demo progression and generate a piece for it.</source>
        <translation>打开演示和弦进行并为其生成一首作品。</translation>
    </message>
    <message>
        <source>Bring the dock titled &lt;name&gt; to the front.</source>
        <translation>将标题为 &lt;name&gt; 的停靠窗口置于最前。</translation>
    </message>
</context>
</TS>
