<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>error bars: 95% confidence interval of the mean</source>
        <translation>Fehlerbalken: 95-%-Konfidenzintervall des Mittelwerts</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The melody track has no notes to harmonise</source>
        <translation>Die Melodiespur enthält keine Noten zum Harmonisieren</translation>
    </message>
    <message>
        <source>Harmonise melody</source>
        <translation>Melodie harmonisieren</translation>
    </message>
    <message numerus="yes">
        <source>Harmonised the melody: %n chord(s) in %1</source>
        <translation>
            <numerusform>Melodie harmonisiert: %n Akkord in %1</numerusform>
            <numerusform>Melodie harmonisiert: %n Akkorde in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot harmonise: %1</source>
        <translation>Harmonisieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Select notes (or mark a region over notes) to detect chords from</source>
        <translation>Noten auswählen (oder einen Bereich über Noten markieren), aus denen Akkorde erkannt werden sollen</translation>
    </message>
    <message>
        <source>No chords found in the selection</source>
        <translation>In der Auswahl wurden keine Akkorde gefunden</translation>
    </message>
    <message>
        <source>Detect chords from selection</source>
        <translation>Akkorde aus der Auswahl erkennen</translation>
    </message>
    <message numerus="yes">
        <source>Detected %n chord(s) in bars %1-%2</source>
        <translation>
            <numerusform>%n Akkord in den Takten %1–%2 erkannt</numerusform>
            <numerusform>%n Akkorde in den Takten %1–%2 erkannt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fgg::studio::AboutDialog</name>
    <message>
        <source>About fgg-studio</source>
        <translation>Über fgg-studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;fgg-studio %1&lt;/h2&gt;&lt;p&gt;A composition workstation for symbolic music generation with &lt;b&gt;Fine-Grained Guidance&lt;/b&gt; (FGG) diffusion: Zhu et al., &lt;i&gt;Fine-grained guidance for symbolic music generation&lt;/i&gt;, ICML 2025 (arXiv 2410.08435).&lt;/p&gt;&lt;h3&gt;Licences&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;POP909&lt;/b&gt; dataset (training data of the shipped models): MIT licence, © 2020 Music X Lab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidR3_GM&lt;/b&gt; soundfont (default sound): MIT licence, © Frank Wen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt 6&lt;/b&gt;: LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LibTorch&lt;/b&gt;: BSD-style licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidSynth&lt;/b&gt;: LGPL v2.1 or later.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RtMidi&lt;/b&gt;: MIT-style licence.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;fgg-studio %1&lt;/h2&gt;&lt;p&gt;Eine Kompositions-Workstation für symbolische Musikgenerierung mit &lt;b&gt;Fine-Grained Guidance&lt;/b&gt; (FGG) Diffusion: Zhu et al., &lt;i&gt;Fine-grained guidance for symbolic music generation&lt;/i&gt;, ICML 2025 (arXiv 2410.08435).&lt;/p&gt;&lt;h3&gt;Lizenzen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;POP909&lt;/b&gt;-Datensatz (Trainingsdaten der mitgelieferten Modelle): MIT-Lizenz, © 2020 Music X Lab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidR3_GM&lt;/b&gt;-Soundfont (Standardklang): MIT-Lizenz, © Frank Wen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt 6&lt;/b&gt;: LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LibTorch&lt;/b&gt;: BSD-artige Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;FluidSynth&lt;/b&gt;: LGPL v2.1 oder neuer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RtMidi&lt;/b&gt;: MIT-artige Lizenz.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>fgg::studio::Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new piece</source>
        <translation>Ein neues Stück beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ein Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Import MIDI…</source>
        <translation>MIDI &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a MIDI file: choose its melody and accompaniment tracks</source>
        <translation>Eine MIDI-Datei lesen: Melodie- und Begleitspuren wählen</translation>
    </message>
    <message>
        <source>&amp;Export MIDI…</source>
        <translation>MIDI &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write a MIDI file with every track, the tempo and the chords as markers</source>
        <translation>Eine MIDI-Datei mit allen Spuren, dem Tempo und den Akkorden als Marker schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Selection as MIDI…</source>
        <translation>&amp;Auswahl als MIDI exportieren…</translation>
    </message>
    <message>
        <source>Write only the selected notes to a MIDI file</source>
        <translation>Nur die ausgewählten Noten in eine MIDI-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Music&amp;XML…</source>
        <translation>Music&amp;XML exportieren…</translation>
    </message>
    <message>
        <source>Write the score for notation programs (MuseScore, Dorico, Sibelius)</source>
        <translation>Die Partitur für Notensatzprogramme schreiben (MuseScore, Dorico, Sibelius)</translation>
    </message>
    <message>
        <source>Export &amp;WAV…</source>
        <translation>&amp;WAV exportieren…</translation>
    </message>
    <message>
        <source>Render the piece to an audio file with the soundfont</source>
        <translation>Das Stück mit der Soundfont in eine Audiodatei rendern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close fgg-studio</source>
        <translation>fgg-studio schließen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected notes</source>
        <translation>Die ausgewählten Noten ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected notes</source>
        <translation>Die ausgewählten Noten kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste notes at the playhead</source>
        <translation>Noten an der Abspielposition einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Repeat the selected notes right after themselves</source>
        <translation>Die ausgewählten Noten direkt dahinter wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Die ausgewählten Noten löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every note of the editable tracks</source>
        <translation>Alle Noten der bearbeitbaren Spuren auswählen</translation>
    </message>
    <message>
        <source>&amp;Quantise</source>
        <translation>&amp;Quantisieren</translation>
    </message>
    <message>
        <source>Snap the selected notes (or all) to the grid</source>
        <translation>Die ausgewählten (oder alle) Noten am Raster ausrichten</translation>
    </message>
    <message>
        <source>Transpose Up</source>
        <translation>Nach oben transponieren</translation>
    </message>
    <message>
        <source>Move the selection a semitone up</source>
        <translation>Die Auswahl einen Halbton nach oben verschieben</translation>
    </message>
    <message>
        <source>Transpose Down</source>
        <translation>Nach unten transponieren</translation>
    </message>
    <message>
        <source>Move the selection a semitone down</source>
        <translation>Die Auswahl einen Halbton nach unten verschieben</translation>
    </message>
    <message>
        <source>Octave Up</source>
        <translation>Oktave höher</translation>
    </message>
    <message>
        <source>Move the selection an octave up</source>
        <translation>Die Auswahl eine Oktave nach oben verschieben</translation>
    </message>
    <message>
        <source>Octave Down</source>
        <translation>Oktave tiefer</translation>
    </message>
    <message>
        <source>Move the selection an octave down</source>
        <translation>Die Auswahl eine Oktave nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation>Au&amp;swahlwerkzeug</translation>
    </message>
    <message>
        <source>Select, move and resize notes; drag a rectangle to mark a region</source>
        <translation>Noten auswählen, verschieben und in der Länge ändern; ein Rechteck ziehen markiert einen Bereich</translation>
    </message>
    <message>
        <source>D&amp;raw Tool</source>
        <translation>&amp;Zeichenwerkzeug</translation>
    </message>
    <message>
        <source>Click to draw notes, drag to set their length</source>
        <translation>Klicken zeichnet Noten, Ziehen bestimmt ihre Länge</translation>
    </message>
    <message>
        <source>&amp;Erase Tool</source>
        <translation>&amp;Radiergummi</translation>
    </message>
    <message>
        <source>Click or drag across notes to erase them</source>
        <translation>Noten anklicken oder überstreichen, um sie zu löschen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in horizontally (Ctrl+wheel)</source>
        <translation>Horizontal vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out horizontally (Ctrl+wheel)</source>
        <translation>Horizontal verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Taller Rows</source>
        <translation>Höhere Zeilen</translation>
    </message>
    <message>
        <source>Zoom in vertically (Alt+wheel)</source>
        <translation>Vertikal vergrößern (Alt+Mausrad)</translation>
    </message>
    <message>
        <source>Shorter Rows</source>
        <translation>Niedrigere Zeilen</translation>
    </message>
    <message>
        <source>Zoom out vertically (Alt+wheel)</source>
        <translation>Vertikal verkleinern (Alt+Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Follow Playhead</source>
        <translation>Abspielposition &amp;folgen</translation>
    </message>
    <message>
        <source>Scroll the roll along with playback</source>
        <translation>Die Pianorolle während der Wiedergabe mitscrollen</translation>
    </message>
    <message>
        <source>Show Melody</source>
        <translation>Melodie zeigen</translation>
    </message>
    <message>
        <source>Show or hide the melody track</source>
        <translation>Die Melodiespur zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show Accompaniment</source>
        <translation>Begleitung zeigen</translation>
    </message>
    <message>
        <source>Show or hide the accompaniment track</source>
        <translation>Die Begleitspur zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Lock Melody</source>
        <translation>Melodie sperren</translation>
    </message>
    <message>
        <source>Protect the melody from edits</source>
        <translation>Die Melodie vor Änderungen schützen</translation>
    </message>
    <message>
        <source>Lock Accompaniment</source>
        <translation>Begleitung sperren</translation>
    </message>
    <message>
        <source>Protect the accompaniment from edits</source>
        <translation>Die Begleitung vor Änderungen schützen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Play from the playhead, or pause</source>
        <translation>Ab der Abspielposition spielen oder anhalten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop and return to where playback started</source>
        <translation>Stoppen und zum Startpunkt der Wiedergabe zurückkehren</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <source>Move the playhead to the beginning</source>
        <translation>Die Abspielposition an den Anfang setzen</translation>
    </message>
    <message>
        <source>&amp;Metronome</source>
        <translation>&amp;Metronom</translation>
    </message>
    <message>
        <source>Click on every beat while playing</source>
        <translation>Bei der Wiedergabe auf jedem Schlag klicken</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate music for the chord progression</source>
        <translation>Musik zur Akkordfolge generieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selection</source>
        <translation>Auswahl &amp;neu generieren</translation>
    </message>
    <message>
        <source>Generate the marked bars again, keeping the rest</source>
        <translation>Die markierten Takte neu generieren, den Rest behalten</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>Generierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running generation</source>
        <translation>Die laufende Generierung stoppen</translation>
    </message>
    <message>
        <source>&amp;About fgg-studio</source>
        <translation>Ü&amp;ber fgg-studio</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit</source>
        <translation>Das Qt-Toolkit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Transpose</source>
        <translation>&amp;Transponieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Listening Test…</source>
        <translation>&amp;Hörtest…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Tempo </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source> Key </source>
        <translation> Tonart </translation>
    </message>
    <message>
        <source> Bars </source>
        <translation> Takte </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source> Snap </source>
        <translation> Raster </translation>
    </message>
    <message>
        <source> Draw into </source>
        <translation> Zeichnen in </translation>
    </message>
    <message>
        <source>Soundfont, audio output, MIDI port, device, autosave, language</source>
        <translation>Soundfont, Audioausgang, MIDI-Port, Gerät, automatisches Speichern, Sprache</translation>
    </message>
    <message>
        <source>MIDI Input &amp;Off</source>
        <translation>MIDI-Eingabe &amp;aus</translation>
    </message>
    <message>
        <source>Keys played on the MIDI keyboard are not entered</source>
        <translation>Auf dem MIDI-Keyboard gespielte Tasten werden nicht eingegeben</translation>
    </message>
    <message>
        <source>MIDI Step Input: &amp;Notes</source>
        <translation>MIDI-Schritteingabe: &amp;Noten</translation>
    </message>
    <message>
        <source>Keys played on the MIDI keyboard become notes at the playhead, which moves on by one snap step</source>
        <translation>Auf dem MIDI-Keyboard gespielte Tasten werden zu Noten an der Abspielposition, die danach um einen Rasterschritt weiterrückt</translation>
    </message>
    <message>
        <source>MIDI Step Input: &amp;Chords</source>
        <translation>MIDI-Schritteingabe: &amp;Akkorde</translation>
    </message>
    <message>
        <source>A chord played on the MIDI keyboard replaces the chord at the playhead, which moves to the next</source>
        <translation>Ein auf dem MIDI-Keyboard gespielter Akkord ersetzt den Akkord an der Abspielposition, die danach zum nächsten springt</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Loop</translation>
    </message>
    <message>
        <source>Repeat the marked bars while playing (the whole piece when none are marked)</source>
        <translation>Die markierten Takte bei der Wiedergabe wiederholen (das ganze Stück, wenn keine markiert sind)</translation>
    </message>
    <message>
        <source>&amp;MIDI Input</source>
        <translation>&amp;MIDI-Eingabe</translation>
    </message>
    <message>
        <source>Copy as &amp;MIDI</source>
        <translation>Als MIDI k&amp;opieren</translation>
    </message>
    <message>
        <source>Put the selected notes (or the whole piece) on the clipboard as a MIDI file, to paste into a DAW or a folder</source>
        <translation>Die ausgewählten Noten (oder das ganze Stück) als MIDI-Datei in die Zwischenablage legen, zum Einfügen in eine DAW oder einen Ordner</translation>
    </message>
    <message>
        <source>&amp;Harmonise Melody</source>
        <translation>Melodie &amp;harmonisieren</translation>
    </message>
    <message>
        <source>Fill the chord lane with chords for the melody track (learned progressions)</source>
        <translation>Die Akkordleiste mit passenden Akkorden zur Melodiespur füllen (gelernte Akkordfolgen)</translation>
    </message>
    <message>
        <source>&amp;Lock Notes</source>
        <translation>Noten &amp;fixieren</translation>
    </message>
    <message>
        <source>Keep the selected notes when generating: Generate and Regenerate write around them</source>
        <translation>Die ausgewählten Noten beim Generieren behalten: Generieren und Neu generieren schreiben um sie herum</translation>
    </message>
    <message>
        <source>U&amp;nlock Notes</source>
        <translation>Noten frei&amp;geben</translation>
    </message>
    <message>
        <source>Let generation replace the selected notes again</source>
        <translation>Die Generierung darf die ausgewählten Noten wieder ersetzen</translation>
    </message>
    <message>
        <source>&amp;Detect Chords from Selection</source>
        <translation>Akkorde aus der Auswahl erke&amp;nnen</translation>
    </message>
    <message>
        <source>Fill the chord lane over the selected notes (or the marked region) with the chords they make</source>
        <translation>Die Akkordleiste über den ausgewählten Noten (oder dem markierten Bereich) mit den Akkorden füllen, die sie bilden</translation>
    </message>
    <message>
        <source>Send Live to &amp;DAW</source>
        <translation>Live an &amp;DAW senden</translation>
    </message>
    <message>
        <source>Offer the MIDI port fgg-studio-live:out and play into it: connect a DAW&apos;s MIDI input to it to record or hear the piece with its instruments</source>
        <translation>Den MIDI-Port fgg-studio-live:out anbieten und dorthin spielen: den MIDI-Eingang einer DAW damit verbinden, um das Stück mit deren Instrumenten aufzunehmen oder zu hören</translation>
    </message>
    <message>
        <source>C&amp;ontinue Melody</source>
        <translation>Melodie &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Keep the melody written so far (your motif) and continue it through the rest of the progression</source>
        <translation>Die bisher geschriebene Melodie (Ihr Motiv) behalten und über den Rest der Akkordfolge fortsetzen</translation>
    </message>
</context>
<context>
    <name>fgg::studio::Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fgg::studio::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>fgg::studio::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>New piece: type a chord progression above the roll, then Generate</source>
        <translation>Neues Stück: über der Pianorolle eine Akkordfolge eintippen, dann Generieren</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>fgg-studio projects (*.fggproj);;All files (*)</source>
        <translation>fgg-studio-Projekte (*.fggproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>fgg-studio projects (*.fggproj)</source>
        <translation>fgg-studio-Projekte (*.fggproj)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Import MIDI</source>
        <translation>MIDI importieren</translation>
    </message>
    <message>
        <source>MIDI files (*.mid *.midi);;All files (*)</source>
        <translation>MIDI-Dateien (*.mid *.midi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import MIDI</source>
        <translation>MIDI-Import nicht möglich</translation>
    </message>
    <message>
        <source>Imported %1: %2 melody notes, %3 accompaniment notes, %4 chords</source>
        <translation>%1 importiert: %2 Melodienoten, %3 Begleitnoten, %4 Akkorde</translation>
    </message>
    <message>
        <source>Export %1 as MIDI</source>
        <translation>%1 als MIDI exportieren</translation>
    </message>
    <message>
        <source>MIDI files (*.mid)</source>
        <translation>MIDI-Dateien (*.mid)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export MIDI</source>
        <translation>MIDI-Export nicht möglich</translation>
    </message>
    <message>
        <source>Export MusicXML</source>
        <translation>MusicXML exportieren</translation>
    </message>
    <message>
        <source>MusicXML (*.musicxml *.xml)</source>
        <translation>MusicXML (*.musicxml *.xml)</translation>
    </message>
    <message>
        <source>Cannot export MusicXML</source>
        <translation>MusicXML-Export nicht möglich</translation>
    </message>
    <message>
        <source>Export WAV</source>
        <translation>WAV exportieren</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>%1 wird gerendert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>WAV export cancelled</source>
        <translation>WAV-Export abgebrochen</translation>
    </message>
    <message>
        <source>Cannot export WAV</source>
        <translation>WAV-Export nicht möglich</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(keine zuletzt geöffneten Dateien)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>fgg::studio::GenerationFlow</name>
    <message>
        <source>bars %1–%2 of the %3</source>
        <translation>Takte %1–%2 der %3</translation>
    </message>
    <message>
        <source>melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>the piece</source>
        <translation>das Stück</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) ready: click one to preview it, then Accept.</source>
        <translation>
            <numerusform>%n Kandidat fertig: anklicken für eine Vorschau, dann Übernehmen.</numerusform>
            <numerusform>%n Kandidaten fertig: einen anklicken für eine Vorschau, dann Übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation finished</source>
        <translation>Generierung fertig</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Generierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled; the piece is unchanged.</source>
        <translation>Abgebrochen; das Stück ist unverändert.</translation>
    </message>
    <message>
        <source>Generation cancelled</source>
        <translation>Generierung abgebrochen</translation>
    </message>
    <message>
        <source>Mark the bars to regenerate first: drag on the ruler, or a rectangle in the roll.</source>
        <translation>Zuerst die neu zu generierenden Takte markieren: auf dem Lineal ziehen oder ein Rechteck in der Pianorolle.</translation>
    </message>
    <message>
        <source>Type a chord progression first (the line above the roll), e.g. | C G | Am F |</source>
        <translation>Zuerst eine Akkordfolge eintippen (Zeile über der Pianorolle), z. B. | C G | Am F |</translation>
    </message>
    <message>
        <source>Custom scale: %1</source>
        <translation>Eigene Tonleiter: %1</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Wird neu generiert…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <source>Accept candidate %1</source>
        <translation>Kandidat %1 übernehmen</translation>
    </message>
    <message>
        <source>Accepted candidate %1 (Undo brings back what was there).</source>
        <translation>Kandidat %1 übernommen (Rückgängig stellt den vorherigen Zustand wieder her).</translation>
    </message>
    <message>
        <source>Accepted candidate %1</source>
        <translation>Kandidat %1 übernommen</translation>
    </message>
    <message>
        <source>the melody from bar %1</source>
        <translation>die Melodie ab Takt %1</translation>
    </message>
    <message>
        <source>Taking shape: step %1 of %2, pass %3 of %4</source>
        <translation>Nimmt Gestalt an: Schritt %1 von %2, Durchgang %3 von %4</translation>
    </message>
    <message>
        <source>Taking shape: step %1 of %2</source>
        <translation>Nimmt Gestalt an: Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Write or import a few bars of melody first: Continue Melody carries them on through the rest of the progression.</source>
        <translation>Zuerst ein paar Takte Melodie schreiben oder importieren: „Melodie fortsetzen“ führt sie über den Rest der Akkordfolge weiter.</translation>
    </message>
    <message>
        <source>The melody already fills the piece: add bars (Bars in the tool bar) to continue it.</source>
        <translation>Die Melodie füllt das Stück bereits: Takte hinzufügen (Takte in der Werkzeugleiste), um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Continuing the melody…</source>
        <translation>Melodie wird fortgesetzt…</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Type a chord progression above the roll, then press Generate (Ctrl+G)</source>
        <translation>Über der Pianorolle eine Akkordfolge eintippen, dann Generieren drücken (Strg+G)</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Grid that notes snap to when drawn, moved or resized</source>
        <translation>Raster, an dem Noten beim Zeichnen, Verschieben und Ändern der Länge einrasten</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Takt</translation>
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
        <translation>1/8-Triole</translation>
    </message>
    <message>
        <source>1/16 triplet</source>
        <translation>1/16-Triole</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>The track the draw tool adds notes to</source>
        <translation>Die Spur, in die das Zeichenwerkzeug Noten setzt</translation>
    </message>
    <message>
        <source> bpm</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Key of the piece: chord suggestions and the Dorian/pentatonic styles use it</source>
        <translation>Tonart des Stücks: Akkordvorschläge und die Stile Dorisch/Pentatonik verwenden sie</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1-Dur</translation>
    </message>
    <message>
        <source>%1 minor</source>
        <translation>%1-Moll</translation>
    </message>
    <message>
        <source>Length of the piece in bars</source>
        <translation>Länge des Stücks in Takten</translation>
    </message>
    <message>
        <source>the piece</source>
        <translation>das Stück</translation>
    </message>
    <message>
        <source>Select notes to export first</source>
        <translation>Zuerst Noten zum Exportieren auswählen</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>die Auswahl</translation>
    </message>
    <message>
        <source>Marked: bars %1–%2</source>
        <translation>Markiert: Takte %1–%2</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Set progression</source>
        <translation>Akkordfolge setzen</translation>
    </message>
    <message>
        <source>Bar %1 · beat %2</source>
        <translation>Takt %1 · Schlag %2</translation>
    </message>
    <message>
        <source>Pitch %1%2 (%3)</source>
        <translation>Tonhöhe %1%2 (%3)</translation>
    </message>
    <message>
        <source>Chord %1</source>
        <translation>Akkord %1</translation>
    </message>
    <message>
        <source>No chord</source>
        <translation>Kein Akkord</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Wiedergabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>Set tempo to %1 bpm</source>
        <translation>Tempo auf %1 BPM setzen</translation>
    </message>
    <message>
        <source>Set key to %1</source>
        <translation>Tonart auf %1 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set length to %n bar(s)</source>
        <translation>
            <numerusform>Länge auf %n Takt setzen</numerusform>
            <numerusform>Länge auf %n Takte setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>fgg-studio did not close properly last time. Recover the work it autosaved on %1?</source>
        <translation>fgg-studio wurde beim letzten Mal nicht ordnungsgemäß beendet. Die am %1 automatisch gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover autosaved work</source>
        <translation>Automatisch gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>No MIDI input chosen: pick your keyboard in Preferences</source>
        <translation>Kein MIDI-Eingang gewählt: Keyboard in den Einstellungen auswählen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>Drag MIDI</source>
        <translation>MIDI ziehen</translation>
    </message>
    <message>
        <source>Drag from here into your DAW or a folder: the selected notes, or the whole piece when nothing is selected, as a MIDI file</source>
        <translation>Von hier in Ihre DAW oder einen Ordner ziehen: die ausgewählten Noten oder, wenn nichts ausgewählt ist, das ganze Stück als MIDI-Datei</translation>
    </message>
    <message>
        <source>melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Cannot make the MIDI file: %1</source>
        <translation>MIDI-Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Drag this button into your DAW or a folder (the selection, or the whole piece); or use Edit &gt; Copy as MIDI</source>
        <translation>Diese Schaltfläche in Ihre DAW oder einen Ordner ziehen (die Auswahl oder das ganze Stück); oder Bearbeiten &gt; Als MIDI kopieren verwenden</translation>
    </message>
    <message>
        <source>Copied %1.mid: paste it into a DAW or a folder</source>
        <translation>%1.mid kopiert: in eine DAW oder einen Ordner einfügen</translation>
    </message>
    <message>
        <source>Cannot copy as MIDI: %1</source>
        <translation>Kopieren als MIDI nicht möglich: %1</translation>
    </message>
    <message>
        <source>Set the %1&apos;s sound to %2</source>
        <translation>Klang der %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Chord pad on: %1</source>
        <translation>Akkord-Pad an: %1</translation>
    </message>
    <message>
        <source>Chord pad off</source>
        <translation>Akkord-Pad aus</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MidiExchange</name>
    <message>
        <source>cannot make a folder for MIDI files in %1: %2</source>
        <translation>in %1 kann kein Ordner für MIDI-Dateien angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MidiImportDialog</name>
    <message>
        <source>Import MIDI: %1</source>
        <translation>MIDI importieren: %1</translation>
    </message>
    <message>
        <source>Choose which tracks become the melody and which the accompaniment. Chord markers, tempo and key are read as well.</source>
        <translation>Wählen Sie, welche Spuren zur Melodie und welche zur Begleitung werden. Akkordmarker, Tempo und Tonart werden ebenfalls gelesen.</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Verwenden als</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message numerus="yes">
        <source>%n chord marker(s) found.</source>
        <translation>
            <numerusform>%n Akkordmarker gefunden.</numerusform>
            <numerusform>%n Akkordmarker gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No chord markers: detect the chords from the notes (you can edit them in the chord lane)</source>
        <translation>Keine Akkordmarker: die Akkorde aus den Noten erkennen (sie lassen sich in der Akkordleiste bearbeiten)</translation>
    </message>
</context>
<context>
    <name>fgg::studio::MidiKeyboard</name>
    <message>
        <source>MIDI input %1: %2</source>
        <translation>MIDI-Eingang %1: %2</translation>
    </message>
</context>
<context>
    <name>fgg::studio::NoteCommands</name>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>%n Note hinzufügen</numerusform>
            <numerusform>%n Noten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>%n Note löschen</numerusform>
            <numerusform>%n Noten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n Note verschieben</numerusform>
            <numerusform>%n Noten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize %n note(s)</source>
        <translation>
            <numerusform>Länge von %n Note ändern</numerusform>
            <numerusform>Länge von %n Noten ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set velocity of %n note(s)</source>
        <translation>
            <numerusform>Anschlag von %n Note setzen</numerusform>
            <numerusform>Anschlag von %n Noten setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fgg::studio::Playback</name>
    <message>
        <source>Audio is off (FGG_NO_AUDIO is set)</source>
        <translation>Audio ist aus (FGG_NO_AUDIO ist gesetzt)</translation>
    </message>
    <message>
        <source>No sound card: %1</source>
        <translation>Keine Soundkarte: %1</translation>
    </message>
    <message>
        <source>No internal synth: %1</source>
        <translation>Kein interner Synthesizer: %1</translation>
    </message>
    <message>
        <source>MIDI port: %1</source>
        <translation>MIDI-Port: %1</translation>
    </message>
    <message>
        <source>Live MIDI port closed</source>
        <translation>Live-MIDI-Port geschlossen</translation>
    </message>
    <message>
        <source>Live MIDI port %1:%2 is open (%3): connect your DAW&apos;s MIDI input to it</source>
        <translation>Live-MIDI-Port %1:%2 ist offen (%3): den MIDI-Eingang Ihrer DAW damit verbinden</translation>
    </message>
    <message>
        <source>No live MIDI port: %1</source>
        <translation>Kein Live-MIDI-Port: %1</translation>
    </message>
</context>
<context>
    <name>fgg::studio::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>default General MIDI soundfont (FluidR3_GM)</source>
        <translation>Standard-General-MIDI-Soundfont (FluidR3_GM)</translation>
    </message>
    <message>
        <source>Choose a soundfont</source>
        <translation>Eine Soundfont wählen</translation>
    </message>
    <message>
        <source>SoundFont 2 (*.sf2);;All files (*)</source>
        <translation>SoundFont 2 (*.sf2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Soundfont:</source>
        <translation>&amp;Soundfont:</translation>
    </message>
    <message>
        <source>None (internal synth only)</source>
        <translation>Keiner (nur interner Synthesizer)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Play to an external synth or DAW as well</source>
        <translation>Auch an einen externen Synthesizer oder eine DAW senden</translation>
    </message>
    <message>
        <source>&amp;MIDI output:</source>
        <translation>&amp;MIDI-Ausgang:</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <source>Generation &amp;device:</source>
        <translation>&amp;Gerät für die Generierung:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language takes effect when fgg-studio starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von fgg-studio.</translation>
    </message>
    <message>
        <source>Automatic (the first that works)</source>
        <translation>Automatisch (der erste, der funktioniert)</translation>
    </message>
    <message>
        <source>%1 (not in this FluidSynth)</source>
        <translation>%1 (in diesem FluidSynth nicht vorhanden)</translation>
    </message>
    <message>
        <source>How the internal synth reaches the sound card; Automatic tries %1 in turn</source>
        <translation>Wie der interne Synthesizer die Soundkarte erreicht; „Automatisch“ probiert nacheinander %1</translation>
    </message>
    <message>
        <source>Audio &amp;output:</source>
        <translation>Audio-A&amp;usgang:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>MIDI &amp;input:</source>
        <translation>MIDI-&amp;Eingang:</translation>
    </message>
    <message>
        <source>A MIDI keyboard for step input (Edit &gt; MIDI Input)</source>
        <translation>Ein MIDI-Keyboard für die Schritteingabe (Bearbeiten &gt; MIDI-Eingabe)</translation>
    </message>
    <message>
        <source>No MIDI ports: %1</source>
        <translation>Keine MIDI-Ports: %1</translation>
    </message>
    <message>
        <source>Offer a &amp;live MIDI port for a DAW (%1:%2)</source>
        <translation>Einen &amp;Live-MIDI-Port für eine DAW anbieten (%1:%2)</translation>
    </message>
    <message>
        <source>Playback goes to this port too: connect a DAW&apos;s MIDI input to it (Transport &gt; Send Live to DAW does the same)</source>
        <translation>Die Wiedergabe geht auch an diesen Port: den MIDI-Eingang einer DAW damit verbinden (Transport &gt; Live an DAW senden bewirkt dasselbe)</translation>
    </message>
</context>
<context>
    <name>fgg::studio::ProjectFile</name>
    <message>
        <source>the key&apos;s tonic &apos;%1&apos; is not a note name</source>
        <translation>der Grundton der Tonart „%1“ ist kein Notenname</translation>
    </message>
    <message>
        <source>ticksPerBeat must be 1..32767</source>
        <translation>ticksPerBeat muss zwischen 1 und 32767 liegen</translation>
    </message>
    <message>
        <source>a tempo must be between 0 and 1000 bpm</source>
        <translation>ein Tempo muss zwischen 0 und 1000 BPM liegen</translation>
    </message>
    <message>
        <source>a time signature must be positive</source>
        <translation>eine Taktart muss positiv sein</translation>
    </message>
    <message>
        <source>chord &apos;%1&apos; at tick %2: %3</source>
        <translation>Akkord „%1“ bei Tick %2: %3</translation>
    </message>
    <message>
        <source>a note in track &apos;%1&apos; at tick %2 is out of range</source>
        <translation>eine Note in Spur „%1“ bei Tick %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>not a valid project file (%1 at byte %2)</source>
        <translation>keine gültige Projektdatei (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not an fgg-studio project (no &quot;format&quot;: &quot;fgg-studio project&quot;)</source>
        <translation>kein fgg-studio-Projekt (kein &quot;format&quot;: &quot;fgg-studio project&quot;)</translation>
    </message>
    <message>
        <source>this project was saved by a newer fgg-studio (format version %1; this version reads up to %2). Update fgg-studio to open it.</source>
        <translation>dieses Projekt wurde mit einem neueren fgg-studio gespeichert (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie fgg-studio, um es zu öffnen.</translation>
    </message>
    <message>
        <source>the project has no valid format version</source>
        <translation>das Projekt hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2 (the previous file is unchanged)</source>
        <translation>%1 kann nicht gespeichert werden: %2 (die vorherige Datei ist unverändert)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>: the file is too large for a project</source>
        <translation>: die Datei ist zu groß für ein Projekt</translation>
    </message>
    <message>
        <source>the scale of the chord at tick %1 has no pitch classes</source>
        <translation>die Tonleiter des Akkords bei Tick %1 hat keine Tonklassen</translation>
    </message>
    <message>
        <source>the rhythm lane: %1</source>
        <translation>die Rhythmusleiste: %1</translation>
    </message>
    <message>
        <source>a note in track &apos;%1&apos; is not [start, length, pitch, velocity(, locked)]</source>
        <translation>eine Note in Spur „%1“ ist nicht [start, length, pitch, velocity(, locked)]</translation>
    </message>
</context>
<context>
    <name>fgg::studio::StepInput</name>
    <message>
        <source>The %1 track is hidden or locked: step input needs it open</source>
        <translation>Die Spur „%1“ ist ausgeblendet oder gesperrt: Die Schritteingabe braucht sie offen</translation>
    </message>
    <message numerus="yes">
        <source>Step input: %n note(s)</source>
        <translation>
            <numerusform>Schritteingabe: %n Note</numerusform>
            <numerusform>Schritteingabe: %n Noten</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter chord %1</source>
        <translation>Akkord %1 eingeben</translation>
    </message>
    <message>
        <source>Chord %1 entered</source>
        <translation>Akkord %1 eingegeben</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::BarChart</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>fgg-studio listening test results</source>
        <translation>fgg-studio – Ergebnisse des Hörtests</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::ListeningTestWindow</name>
    <message>
        <source>Design…</source>
        <translation>Entwerfen…</translation>
    </message>
    <message>
        <source>Build stimuli</source>
        <translation>Stimuli erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run a participant…</source>
        <translation>Teilnehmer testen…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Ergebnisse…</translation>
    </message>
    <message>
        <source>Listening Test</source>
        <translation>Hörtest</translation>
    </message>
    <message>
        <source>New study…</source>
        <translation>Neue Studie…</translation>
    </message>
    <message>
        <source>Open study…</source>
        <translation>Studie öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Conditions, prompts, questions</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Bedingungen, Prompts, Fragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; Generate and render every stimulus</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Jeden Stimulus generieren und rendern</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Blind trials, one participant at a time</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Blinde Durchgänge, ein Teilnehmer nach dem anderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Tables, tests and chart</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Tabellen, Tests und Diagramm</translation>
    </message>
    <message>
        <source>Making %1 (%2 of %3)…</source>
        <translation>Erzeuge %1 (%2 von %3)…</translation>
    </message>
    <message>
        <source>%1 stimuli made, %2 already there (%3).</source>
        <translation>%1 Stimuli erzeugt, %2 schon vorhanden (%3).</translation>
    </message>
    <message>
        <source>MIDI and WAV</source>
        <translation>MIDI und WAV</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>Writing MIDI files only (no WAV): %1</source>
        <translation>Es werden nur MIDI-Dateien geschrieben (kein WAV): %1</translation>
    </message>
    <message>
        <source>Cancelled: the stimuli made so far are kept; build again to go on.</source>
        <translation>Abgebrochen: Die bisher erzeugten Stimuli bleiben erhalten; zum Fortsetzen erneut erzeugen.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Studie öffnen</translation>
    </message>
    <message>
        <source>New study: choose an empty folder</source>
        <translation>Neue Studie: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>Einen Studienordner öffnen</translation>
    </message>
    <message>
        <source>No study open</source>
        <translation>Keine Studie geöffnet</translation>
    </message>
    <message>
        <source>Create a study (a folder holding its design, stimuli and answers) or open one.</source>
        <translation>Eine Studie anlegen (ein Ordner mit ihrem Design, den Stimuli und den Antworten) oder eine vorhandene öffnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 conditions, %3 prompts, %4 trials per participant. Stimuli: %5 of %6 built. Participants: %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Bedingungen, %3 Prompts, %4 Durchgänge pro Teilnehmer. Stimuli: %5 von %6 erzeugt. Teilnehmer: %7.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Run a participant</source>
        <translation>Teilnehmer testen</translation>
    </message>
    <message>
        <source>Some stimuli are not built yet: participants will find them missing. Run anyway?</source>
        <translation>Einige Stimuli sind noch nicht erzeugt: Sie werden den Teilnehmern fehlen. Trotzdem starten?</translation>
    </message>
    <message>
        <source>Participant id (a new id starts a new participant; an existing one resumes where it stopped):</source>
        <translation>Teilnehmer-ID (eine neue ID beginnt einen neuen Teilnehmer; eine vorhandene setzt dort fort, wo sie aufgehört hat):</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; (at most 40).</source>
        <translation>Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; verwenden (höchstens 40).</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 trials done)</source>
        <translation>%1 (%2 von %3 Durchgängen erledigt)</translation>
    </message>
    <message>
        <source>Unfinished: %1. Type one of these ids to resume it.</source>
        <translation>Nicht abgeschlossen: %1. Eine dieser IDs eingeben, um dort weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::ParticipantWindow</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Listening test – %1</source>
        <translation>Hörtest – %1</translation>
    </message>
    <message>
        <source>Continue where you stopped</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s).</source>
        <translation>
            <numerusform>%n Durchgang.</numerusform>
            <numerusform>%n Durchgänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>Pause (später fortsetzen)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Thank you!&lt;/h2&gt;&lt;p&gt;All your answers are saved. You may close this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vielen Dank!&lt;/h2&gt;&lt;p&gt;Alle Ihre Antworten sind gespeichert. Sie können dieses Fenster jetzt schließen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial %1 / %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Durchgang %1 / %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stimulus %1 is missing: ask the experimenter to build the stimuli.</source>
        <translation>Stimulus %1 fehlt: Bitten Sie die Versuchsleitung, die Stimuli zu erzeugen.</translation>
    </message>
    <message>
        <source>Piece %1</source>
        <translation>Stück %1</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Please tell the experimenter before going on.</source>
        <translation>%1

Bitte sagen Sie der Versuchsleitung Bescheid, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Answer every question to go on</source>
        <translation>Beantworten Sie alle Fragen, um weiterzumachen</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>Fortschritt nicht gespeichert</translation>
    </message>
    <message>
        <source>Pause the test?</source>
        <translation>Test unterbrechen?</translation>
    </message>
    <message>
        <source>Your answers so far are saved. Pause here and go on later?</source>
        <translation>Ihre bisherigen Antworten sind gespeichert. Hier unterbrechen und später weitermachen?</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::ResultsView</name>
    <message>
        <source>Listening test results</source>
        <translation>Ergebnisse des Hörtests</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Reload answers</source>
        <translation>Antworten neu laden</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export summary CSV…</source>
        <translation>Zusammenfassung als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export raw answers CSV…</source>
        <translation>Rohdaten der Antworten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n participant(s), %2 trials completed, %3 answers</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n Teilnehmer, %2 Durchgänge abgeschlossen, %3 Antworten</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n Teilnehmer, %2 Durchgänge abgeschlossen, %3 Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>normal approx.</source>
        <translation>Normalapprox.</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank</source>
        <translation>Wilcoxon-Vorzeichen-Rang-Test</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Mean diff.</source>
        <translation>Mittl. Diff.</translation>
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
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Rating (%1–%2)</source>
        <translation>Bewertung (%1–%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Binomial p (chance %1%)</source>
        <translation>Binomial-p (Zufall %1 %)</translation>
    </message>
    <message>
        <source>chance (%1%)</source>
        <translation>Zufall (%1 %)</translation>
    </message>
    <message>
        <source>Chosen (% of %1)</source>
        <translation>Gewählt (% von %1)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export raw answers</source>
        <translation>Rohdaten der Antworten exportieren</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::StimulusPlayer</name>
    <message>
        <source>Audio is off (FGG_NO_AUDIO is set)</source>
        <translation>Audio ist aus (FGG_NO_AUDIO ist gesetzt)</translation>
    </message>
    <message>
        <source>No sound card: %1</source>
        <translation>Keine Soundkarte: %1</translation>
    </message>
    <message>
        <source>No internal synth: %1</source>
        <translation>Kein interner Synthesizer: %1</translation>
    </message>
</context>
<context>
    <name>fgg::studio::listening::StudyDesignerDialog</name>
    <message>
        <source>Show the notes (piano roll) to participants</source>
        <translation>Den Teilnehmern die Noten (Pianorolle) zeigen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Model folder (empty: shipped)</source>
        <translation>Modellordner (leer: mitgeliefert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lead sheet</source>
        <translation>Leadsheet</translation>
    </message>
    <message>
        <source>MIDI file</source>
        <translation>MIDI-Datei</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Bars (0 = all)</source>
        <translation>Takte (0 = alle)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Low label</source>
        <translation>Beschriftung Min.</translation>
    </message>
    <message>
        <source>High label</source>
        <translation>Beschriftung Max.</translation>
    </message>
    <message>
        <source>Design the study</source>
        <translation>Studie entwerfen</translation>
    </message>
    <message>
        <source>Title (participants see it)</source>
        <translation>Titel (für Teilnehmer sichtbar)</translation>
    </message>
    <message>
        <source>Instructions (shown before the first trial)</source>
        <translation>Anleitung (vor dem ersten Durchgang gezeigt)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Samples per prompt and condition</source>
        <translation>Samples pro Prompt und Bedingung</translation>
    </message>
    <message>
        <source>Add generated</source>
        <translation>Generierte hinzufügen</translation>
    </message>
    <message>
        <source>Add human original</source>
        <translation>Menschliches Original hinzufügen</translation>
    </message>
    <message>
        <source>Model folder…</source>
        <translation>Modellordner…</translation>
    </message>
    <message>
        <source>Generate the selected condition with the models (melody.fggm, accompaniment.fggm) of another folder, e.g. a checkpoint of your own</source>
        <translation>Die gewählte Bedingung mit den Modellen (melody.fggm, accompaniment.fggm) eines anderen Ordners generieren, z. B. einem eigenen Checkpoint</translation>
    </message>
    <message>
        <source>Add lead sheet…</source>
        <translation>Leadsheet hinzufügen…</translation>
    </message>
    <message>
        <source>Import songs (MIDI)…</source>
        <translation>Songs importieren (MIDI)…</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Default questions</source>
        <translation>Standardfragen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Participants never see condition ids or labels: they hear pieces A, B, C…</source>
        <translation>Teilnehmer sehen nie IDs oder Bezeichnungen der Bedingungen: Sie hören die Stücke A, B, C…</translation>
    </message>
    <message>
        <source>The human original is played as imported.</source>
        <translation>Das menschliche Original wird so abgespielt, wie es importiert wurde.</translation>
    </message>
    <message>
        <source>A MIDI file keeps its own tempo.</source>
        <translation>Eine MIDI-Datei behält ihr eigenes Tempo.</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Select a generated condition first.</source>
        <translation>Zuerst eine generierte Bedingung auswählen.</translation>
    </message>
    <message>
        <source>Folder with melody.fggm and accompaniment.fggm</source>
        <translation>Ordner mit melody.fggm und accompaniment.fggm</translation>
    </message>
    <message>
        <source>%1 holds neither melody.fggm nor accompaniment.fggm: building the stimuli will fail until it does.</source>
        <translation>%1 enthält weder melody.fggm noch accompaniment.fggm: Das Erzeugen der Stimuli schlägt fehl, solange das so ist.</translation>
    </message>
    <message>
        <source>A preference is a choice among the pieces: it has no scale.</source>
        <translation>Eine Präferenz ist eine Wahl zwischen den Stücken: Sie hat keine Skala.</translation>
    </message>
    <message>
        <source>Add lead sheet</source>
        <translation>Leadsheet hinzufügen</translation>
    </message>
    <message>
        <source>Chords, bar by bar:</source>
        <translation>Akkorde, Takt für Takt:</translation>
    </message>
    <message>
        <source>Import songs</source>
        <translation>Songs importieren</translation>
    </message>
    <message>
        <source>MIDI files (*.mid *.midi)</source>
        <translation>MIDI-Dateien (*.mid *.midi)</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Save study</source>
        <translation>Studie speichern</translation>
    </message>
    <message>
        <source>The study cannot run yet:

• %1

Save it anyway?</source>
        <translation>Die Studie kann noch nicht durchgeführt werden:

• %1

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Participants have answered already. Changing conditions, prompts, samples or the seed changes their trials. Save anyway?</source>
        <translation>Es haben bereits Teilnehmer geantwortet. Wer Bedingungen, Prompts, Samples oder den Seed ändert, ändert ihre Durchgänge. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Chords bar by bar (| C G | Am F |); empty for a song with chord markers. A lead sheet given for a song replaces its chords.</source>
        <translation>Akkorde Takt für Takt (| C G | Am F |); leer bei einem Song mit Akkordmarkern. Ein für einen Song angegebenes Leadsheet ersetzt dessen Akkorde.</translation>
    </message>
    <message>
        <source>Use only the first bars of the prompt (0 = all).</source>
        <translation>Nur die ersten Takte des Prompts verwenden (0 = alle).</translation>
    </message>
    <message>
        <source>Shown in the results, never to participants.</source>
        <translation>Wird in den Ergebnissen angezeigt, nie den Teilnehmern.</translation>
    </message>
    <message>
        <source>%1 is not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 has no chord markers: type its chords in the Lead sheet column.</source>
        <translation>%1 hat keine Akkordmarker: Die Akkorde in der Spalte „Leadsheet“ eintippen.</translation>
    </message>
    <message>
        <source>%1 has no notes: there is no human original to play.</source>
        <translation>%1 enthält keine Noten: Es gibt kein menschliches Original zum Abspielen.</translation>
    </message>
</context>
<context>
    <name>fgg::ui::CandidateStrip</name>
    <message>
        <source>Discard all</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Forget these candidates; the piece stays as it is</source>
        <translation>Diese Kandidaten verwerfen; das Stück bleibt, wie es ist</translation>
    </message>
    <message>
        <source>Generated candidates appear here: click one to preview it in the roll, play it, and accept the one you like.</source>
        <translation>Generierte Kandidaten erscheinen hier: einen anklicken, um ihn in der Pianorolle zu sehen, anhören und den besten übernehmen.</translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation>Keine Kandidaten</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1</source>
        <translation>
            <numerusform>%n Kandidat für %1</numerusform>
            <numerusform>%n Kandidaten für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Listen to this candidate</source>
        <translation>Diesen Kandidaten anhören</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Put this candidate into the piece (undoable)</source>
        <translation>Diesen Kandidaten ins Stück übernehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Click to preview in the roll; drag out of the window for a MIDI file</source>
        <translation>Klicken für eine Vorschau in der Pianorolle; aus dem Fenster ziehen für eine MIDI-Datei</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>Drag this candidate into your DAW or a folder as a MIDI file</source>
        <translation>Diesen Kandidaten als MIDI-Datei in Ihre DAW oder einen Ordner ziehen</translation>
    </message>
    <message>
        <source>Taking shape: the notes this candidate would have if the generation stopped now</source>
        <translation>Nimmt Gestalt an: die Noten, die dieser Kandidat hätte, wenn die Generierung jetzt stoppen würde</translation>
    </message>
</context>
<context>
    <name>fgg::ui::ChordLane</name>
    <message>
        <source>Chords: double-click to type a symbol, drag a boundary to move a change, right-click for suggestions</source>
        <translation>Akkorde: Doppelklick zum Eintippen eines Symbols, Grenze ziehen verschiebt einen Wechsel, Rechtsklick für Vorschläge</translation>
    </message>
    <message>
        <source>Move chord change</source>
        <translation>Akkordwechsel verschieben</translation>
    </message>
    <message>
        <source>Edit chord…</source>
        <translation>Akkord bearbeiten…</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>Hier teilen</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Mit dem nächsten zusammenführen</translation>
    </message>
    <message>
        <source>Clear (no chord)</source>
        <translation>Leeren (kein Akkord)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chord symbol: %2</source>
        <translation>„%1“ ist kein Akkordsymbol: %2</translation>
    </message>
    <message>
        <source>Add chord %1</source>
        <translation>Akkord %1 hinzufügen</translation>
    </message>
    <message>
        <source>Set chord %1</source>
        <translation>Akkord %1 setzen</translation>
    </message>
    <message>
        <source>Split chord</source>
        <translation>Akkord teilen</translation>
    </message>
    <message>
        <source>Merge chords</source>
        <translation>Akkorde zusammenführen</translation>
    </message>
    <message>
        <source>Next chord (learned)</source>
        <translation>Nächster Akkord (gelernt)</translation>
    </message>
    <message>
        <source>custom scale</source>
        <translation>eigene Tonleiter</translation>
    </message>
    <message numerus="yes">
        <source>Set the scale of %n chord(s)</source>
        <translation>
            <numerusform>Tonleiter von %n Akkord setzen</numerusform>
            <numerusform>Tonleiter von %n Akkorden setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n chord(s) their own scale back</source>
        <translation>
            <numerusform>%n Akkord seine eigene Tonleiter zurückgeben</numerusform>
            <numerusform>%n Akkorden ihre eigene Tonleiter zurückgeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fgg::ui::ChordScaleMenu</name>
    <message>
        <source>Scale for this chord</source>
        <translation>Tonleiter für diesen Akkord</translation>
    </message>
    <message>
        <source>The chord&apos;s own (default)</source>
        <translation>Die des Akkords (Standard)</translation>
    </message>
</context>
<context>
    <name>fgg::ui::ChordSuggestionMenu</name>
    <message>
        <source>Suggestions in %1</source>
        <translation>Vorschläge in %1</translation>
    </message>
    <message>
        <source>Diatonic</source>
        <translation>Leitereigen</translation>
    </message>
    <message>
        <source>Sevenths</source>
        <translation>Septakkorde</translation>
    </message>
    <message>
        <source>Borrowed (modal interchange)</source>
        <translation>Entlehnt (Modal Interchange)</translation>
    </message>
    <message>
        <source>Secondary dominants</source>
        <translation>Zwischendominanten</translation>
    </message>
    <message>
        <source>Click to use %1; hover to hear it</source>
        <translation>Klicken, um %1 zu verwenden; darüberfahren, um ihn zu hören</translation>
    </message>
    <message>
        <source>Likely here (learned from songs)</source>
        <translation>Hier wahrscheinlich (aus Songs gelernt)</translation>
    </message>
</context>
<context>
    <name>fgg::ui::DrawTool</name>
    <message>
        <source>Erase note</source>
        <translation>Note löschen</translation>
    </message>
    <message>
        <source>Draw note</source>
        <translation>Note zeichnen</translation>
    </message>
</context>
<context>
    <name>fgg::ui::EraseTool</name>
    <message>
        <source>Erase notes</source>
        <translation>Noten löschen</translation>
    </message>
</context>
<context>
    <name>fgg::ui::GenerationPanel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Melody and accompaniment</source>
        <translation>Melodie und Begleitung</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>Accompaniment (for the melody)</source>
        <translation>Begleitung (zur Melodie)</translation>
    </message>
    <message>
        <source>Which tracks to generate from the chords (accompaniment alone keeps your melody)</source>
        <translation>Welche Spuren aus den Akkorden generiert werden (nur Begleitung behält Ihre Melodie)</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>From the chords</source>
        <translation>Aus den Akkorden</translation>
    </message>
    <message>
        <source>Dorian</source>
        <translation>Dorisch</translation>
    </message>
    <message>
        <source>Pentatonic</source>
        <translation>Pentatonik</translation>
    </message>
    <message>
        <source>Custom scale</source>
        <translation>Eigene Tonleiter</translation>
    </message>
    <message>
        <source>Which pitches are allowed: the chord&apos;s scale at each step (the paper&apos;s default), or one scale on the key&apos;s tonic for the whole piece</source>
        <translation>Welche Tonhöhen erlaubt sind: die Tonleiter des Akkords in jedem Schritt (Standard des Papers) oder eine Tonleiter auf dem Grundton der Tonart für das ganze Stück</translation>
    </message>
    <message>
        <source>Sc&amp;ale / style:</source>
        <translation>&amp;Tonleiter / Stil:</translation>
    </message>
    <message>
        <source>e.g. C D Eb G A  or  A dorian</source>
        <translation>z. B. C D Eb G A  oder  A dorian</translation>
    </message>
    <message>
        <source>A list of note names, or a tonic and a scale name</source>
        <translation>Eine Liste von Notennamen oder ein Grundton mit Tonleitername</translation>
    </message>
    <message>
        <source>Custom scale:</source>
        <translation>Eigene Tonleiter:</translation>
    </message>
    <message>
        <source>Off: the melody gets POP909&apos;s average density (about 4 notes per bar) and the accompaniment chooses its own rhythm</source>
        <translation>Aus: die Melodie bekommt die mittlere Dichte von POP909 (etwa 4 Noten pro Takt), die Begleitung wählt ihren Rhythmus selbst</translation>
    </message>
    <message>
        <source>Rhythm density: how many of the 16th steps start a note</source>
        <translation>Rhythmusdichte: wie viele der Sechzehntel eine Note beginnen</translation>
    </message>
    <message>
        <source>Rhythm &amp;density:</source>
        <translation>Rhythmus&amp;dichte:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Fine-grained guidance (FGG)</source>
        <translation>Feingranulare Führung (FGG)</translation>
    </message>
    <message>
        <source>None (model only)</source>
        <translation>Keine (nur das Modell)</translation>
    </message>
    <message>
        <source>Remove wrong notes at the last step</source>
        <translation>Falsche Noten im letzten Schritt entfernen</translation>
    </message>
    <message>
        <source>Round wrong notes at the end</source>
        <translation>Falsche Noten am Ende runden</translation>
    </message>
    <message>
        <source>FGG corrects every diffusion step so no note leaves the allowed pitches</source>
        <translation>FGG korrigiert jeden Diffusionsschritt, sodass keine Note die erlaubten Tonhöhen verlässt</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Führung:</translation>
    </message>
    <message>
        <source>Diffusion steps: more is slower and slightly smoother (10 = the authors&apos; schedule)</source>
        <translation>Diffusionsschritte: mehr ist langsamer und etwas glatter (10 = Zeitplan der Autoren)</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>C&amp;FG scale:</source>
        <translation>C&amp;FG-Stärke:</translation>
    </message>
    <message>
        <source>The same seed and settings give the same result</source>
        <translation>Gleicher Seed und gleiche Einstellungen ergeben das gleiche Ergebnis</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Würfeln</translation>
    </message>
    <message>
        <source>A new random seed</source>
        <translation>Ein neuer zufälliger Seed</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>How many alternatives to generate at once, to compare and pick from</source>
        <translation>Wie viele Alternativen auf einmal generiert werden, zum Vergleichen und Auswählen</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>Ka&amp;ndidaten:</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Shipped models</source>
        <translation>Mitgelieferte Modelle</translation>
    </message>
    <message>
        <source>Model files…</source>
        <translation>Modelldateien…</translation>
    </message>
    <message>
        <source>The shipped checkpoints, or your own .fggm files (from `fgg train`)</source>
        <translation>Die mitgelieferten Checkpoints oder eigene .fggm-Dateien (aus `fgg train`)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>Eine Checkpoint-Datei wählen</translation>
    </message>
    <message>
        <source>Melody:</source>
        <translation>Melodie:</translation>
    </message>
    <message>
        <source>Accompaniment:</source>
        <translation>Begleitung:</translation>
    </message>
    <message>
        <source>(not checked yet)</source>
        <translation>(noch nicht geprüft)</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate the whole piece from the chord progression (Ctrl+G)</source>
        <translation>Das ganze Stück aus der Akkordfolge generieren (Strg+G)</translation>
    </message>
    <message>
        <source>Regenerate a part</source>
        <translation>Einen Teil neu generieren</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>&amp;Spur:</translation>
    </message>
    <message>
        <source>Only the marked pitch range</source>
        <translation>Nur den markierten Tonhöhenbereich</translation>
    </message>
    <message>
        <source>Drag on the ruler (or a rectangle in the roll) to mark bars</source>
        <translation>Auf dem Lineal ziehen (oder ein Rechteck in der Pianorolle), um Takte zu markieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate selection</source>
        <translation>Auswahl &amp;neu generieren</translation>
    </message>
    <message>
        <source>Generate the marked bars again, keeping everything around them (Ctrl+Shift+G)</source>
        <translation>Die markierten Takte neu generieren und alles drumherum behalten (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the generation (within one diffusion step); the piece stays as it was</source>
        <translation>Die Generierung stoppen (innerhalb eines Diffusionsschritts); das Stück bleibt, wie es war</translation>
    </message>
    <message>
        <source>Choose a model checkpoint</source>
        <translation>Einen Modell-Checkpoint wählen</translation>
    </message>
    <message>
        <source>FGG checkpoints (*.fggm);;All files (*)</source>
        <translation>FGG-Checkpoints (*.fggm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <source> · pass %1/%2</source>
        <translation> · Durchgang %1/%2</translation>
    </message>
    <message>
        <source>How much the loudness of generated notes varies around their accents (downbeats loudest); 0 = the accents alone</source>
        <translation>Wie stark die Lautstärke generierter Noten um ihre Akzente schwankt (Taktanfänge am lautesten); 0 = nur die Akzente</translation>
    </message>
    <message>
        <source>&amp;Humanise:</source>
        <translation>&amp;Humanisieren:</translation>
    </message>
    <message>
        <source>Continue &amp;melody</source>
        <translation>Melodie f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Keep the melody written so far (your motif) note for note and continue it to the end of the progression (Ctrl+Alt+G)</source>
        <translation>Die bisher geschriebene Melodie (Ihr Motiv) Note für Note behalten und bis zum Ende der Akkordfolge fortsetzen (Strg+Alt+G)</translation>
    </message>
    <message>
        <source>Classifier-free guidance scale of the melody: how strongly the chords condition it</source>
        <translation>Classifier-free-Guidance-Stärke der Melodie: wie stark die Akkorde sie bestimmen</translation>
    </message>
    <message>
        <source>Classifier-free guidance scale of the accompaniment: lower than the melody&apos;s keeps it closer to the chords and to a pianist&apos;s register</source>
        <translation>Classifier-free-Guidance-Stärke der Begleitung: niedriger als die der Melodie hält sie näher an den Akkorden und in der Lage, in der ein Pianist spielt</translation>
    </message>
    <message>
        <source>Acc&amp;ompaniment CFG:</source>
        <translation>Beg&amp;leitungs-CFG:</translation>
    </message>
</context>
<context>
    <name>fgg::ui::LeadSheetEdit</name>
    <message>
        <source>&amp;Progression:</source>
        <translation>&amp;Akkordfolge:</translation>
    </message>
    <message>
        <source>| C G | Am7 | F | G7 |   (type chords, bars between |, then Enter)</source>
        <translation>| C G | Am7 | F | G7 |   (Akkorde eintippen, Takte zwischen |, dann Eingabe)</translation>
    </message>
    <message>
        <source>Type a lead sheet: bars between &apos;|&apos;, chords inside a bar share it equally, &apos;%&apos; repeats the previous bar, N.C. is no chord. Press Enter to apply.</source>
        <translation>Ein Leadsheet eintippen: Takte zwischen &apos;|&apos;, Akkorde in einem Takt teilen ihn gleichmäßig, &apos;%&apos; wiederholt den vorigen Takt, N.C. heißt kein Akkord. Mit Eingabe übernehmen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Replace the chord progression with the lead sheet</source>
        <translation>Die Akkordfolge durch das Leadsheet ersetzen</translation>
    </message>
    <message>
        <source>The lead sheet has no bars: write chords between &apos;|&apos;, e.g. | C G | Am |</source>
        <translation>Das Leadsheet hat keine Takte: Akkorde zwischen &apos;|&apos; schreiben, z. B. | C G | Am |</translation>
    </message>
</context>
<context>
    <name>fgg::ui::NoteDrag</name>
    <message>
        <source>Copy notes</source>
        <translation>Noten kopieren</translation>
    </message>
</context>
<context>
    <name>fgg::ui::PianoKeyboard</name>
    <message>
        <source>Click a key to hear its pitch</source>
        <translation>Eine Taste anklicken, um ihre Tonhöhe zu hören</translation>
    </message>
</context>
<context>
    <name>fgg::ui::PianoRollView</name>
    <message>
        <source>Delete note</source>
        <translation>Note löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>%n Note löschen</numerusform>
            <numerusform>%n Noten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantise</source>
        <translation>Quantisieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Chords</source>
        <translation>Akkorde</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Anschlag</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n note(s)</source>
        <translation>
            <numerusform>%n Note fixieren</numerusform>
            <numerusform>%n Noten fixieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n note(s)</source>
        <translation>
            <numerusform>%n Note freigeben</numerusform>
            <numerusform>%n Noten freigeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
</context>
<context>
    <name>fgg::ui::RhythmLane</name>
    <message>
        <source>Rhythm: click or drag to choose where the melody starts notes; Generate follows the bars you draw (right-click for more)</source>
        <translation>Rhythmus: Klicken oder Ziehen legt fest, wo die Melodie Noten beginnt; Generieren folgt den gezeichneten Takten (Rechtsklick für mehr)</translation>
    </message>
    <message>
        <source>Draw rhythm</source>
        <translation>Rhythmus zeichnen</translation>
    </message>
    <message>
        <source>Rhythm from the melody</source>
        <translation>Rhythmus aus der Melodie</translation>
    </message>
    <message>
        <source>Clear rhythm</source>
        <translation>Rhythmus leeren</translation>
    </message>
    <message>
        <source>Take Rhythm from Melody</source>
        <translation>Rhythmus aus der Melodie übernehmen</translation>
    </message>
    <message>
        <source>Clear Rhythm</source>
        <translation>Rhythmus leeren</translation>
    </message>
</context>
<context>
    <name>fgg::ui::SoundPanel</name>
    <message>
        <source>The melody&apos;s General MIDI instrument: heard in playback and written to MIDI files</source>
        <translation>Das General-MIDI-Instrument der Melodie: bei der Wiedergabe zu hören und in MIDI-Dateien geschrieben</translation>
    </message>
    <message>
        <source>The accompaniment&apos;s General MIDI instrument: heard in playback and written to MIDI files</source>
        <translation>Das General-MIDI-Instrument der Begleitung: bei der Wiedergabe zu hören und in MIDI-Dateien geschrieben</translation>
    </message>
    <message>
        <source>Chord &amp;pad</source>
        <translation>Akkord-&amp;Pad</translation>
    </message>
    <message>
        <source>Sound the chord lane as sustained chords (played, and exported as a Chords track)</source>
        <translation>Die Akkordleiste als gehaltene Akkorde erklingen lassen (bei der Wiedergabe und als Spur „Chords“ im Export)</translation>
    </message>
    <message>
        <source>The chord pad&apos;s General MIDI instrument</source>
        <translation>Das General-MIDI-Instrument des Akkord-Pads</translation>
    </message>
    <message>
        <source>&amp;Melody:</source>
        <translation>&amp;Melodie:</translation>
    </message>
    <message>
        <source>&amp;Accompaniment:</source>
        <translation>&amp;Begleitung:</translation>
    </message>
    <message>
        <source>Programs are General MIDI: FluidSynth plays them with the soundfont, and a DAW or synth on the MIDI port gets them as program changes.</source>
        <translation>Die Programme sind General MIDI: FluidSynth spielt sie mit der Soundfont, und eine DAW oder ein Synthesizer am MIDI-Port erhält sie als Programmwechsel.</translation>
    </message>
    <message>
        <source>How loud the internal synth plays (exported WAV files are scaled to their own peak; MIDI ports are not affected)</source>
        <translation>Wie laut der interne Synthesizer spielt (exportierte WAV-Dateien werden auf ihren eigenen Spitzenpegel skaliert; MIDI-Ports bleiben unberührt)</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
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
        <translation>Klicken setzt die Abspielposition; Ziehen wählt Takte zum Neugenerieren</translation>
    </message>
</context>
<context>
    <name>fgg::ui::VelocityLane</name>
    <message>
        <source>Velocity: drag the stems up or down</source>
        <translation>Anschlag: die Balken nach oben oder unten ziehen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Composition workstation with fine-grained guided diffusion</source>
        <translation>Kompositions-Workstation mit feingranular geführter Diffusion</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>A project or MIDI file to open.</source>
        <translation>Ein zu öffnendes Projekt oder eine MIDI-Datei.</translation>
    </message>
    <message>
        <source>Open the demo progression and generate a piece for it.</source>
        <translation>Die Demo-Akkordfolge öffnen und ein Stück dazu generieren.</translation>
    </message>
    <message>
        <source>Bring the dock titled &lt;name&gt; to the front.</source>
        <translation>Das Dock mit dem Titel &lt;name&gt; in den Vordergrund holen.</translation>
    </message>
</context>
</TS>
