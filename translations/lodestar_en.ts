<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BandHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="62"/>
        <source>Override withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="103"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="105"/>
        <source>Band set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="107"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="109"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandOverrideDialog</name>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="44"/>
        <source>Override band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="48"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="51"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="53"/>
        <source>Current band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="58"/>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="59"/>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="64"/>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="68"/>
        <source>%1 (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="69"/>
        <source>Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="72"/>
        <source>New band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="75"/>
        <source>&amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="81"/>
        <source>&amp;Withdraw the override and use the computed band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="85"/>
        <source>There is no override to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="89"/>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="92"/>
        <source>Why the computed band does not fit this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="96"/>
        <source>The override, its reason and your name are kept in the person&apos;s band history. The record shows both the computed and the effective band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="124"/>
        <source>Detained people are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="151"/>
        <source>Withdraw o&amp;verride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="151"/>
        <source>Set &amp;band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="155"/>
        <source>Choose a band, or withdraw the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="157"/>
        <source>Give a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="169"/>
        <source>Band not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/bandoverridedialog.cpp" line="170"/>
        <source>The band was not changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandOverrideStore</name>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="16"/>
        <source>Band %1 does not exist; bands run from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="18"/>
        <source>Give a reason for overriding the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="26"/>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="28"/>
        <source>No person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="30"/>
        <source>Detained people are not banded, so their band cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="34"/>
        <source>There is no override to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="46"/>
        <source>Could not record the band override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="56"/>
        <source>Could not update the person&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="67"/>
        <source>Could not read the band history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banding</name>
    <message>
        <location filename="../models/domain/banding.cpp" line="78"/>
        <source>Detained: only non-detained people are banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="80"/>
        <source>Band 1: MAPPA level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="82"/>
        <source>Band 1: sentence of %1 months, over %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="86"/>
        <source>Band 1: MAPPA level 1 with harm category A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="88"/>
        <source>Band 2: MAPPA level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="90"/>
        <source>Band 2: ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="92"/>
        <source>Band 3: no MAPPA level and no open barrier to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/banding.cpp" line="94"/>
        <source>Band 4: no MAPPA level and %n open barrier(s) to removal</source>
        <translation>
            <numerusform>Band 4: no MAPPA level and %n open barrier to removal</numerusform>
            <numerusform>Band 4: no MAPPA level and %n open barriers to removal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="104"/>
        <source>1 Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="106"/>
        <source>2 Lower risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="108"/>
        <source>3 Lowest risk, removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="110"/>
        <source>4 Lowest risk, not removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="112"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="128"/>
        <source> (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="130"/>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="142"/>
        <source>Ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="197"/>
        <source>Provisional: no MAPPA level and no sentence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="199"/>
        <source>Band set by a team leader&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="226"/>
        <source>Longest sentence of the person&apos;s criminal cases, in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="228"/>
        <source>Open barriers to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="230"/>
        <source>Effective band: a team leader&apos;s override where there is one, else the computed band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="237"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="239"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="241"/>
        <source>Person ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="243"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="245"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="247"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="249"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="251"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="253"/>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="255"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="257"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="259"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="261"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadStore</name>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="116"/>
        <source>Could not count the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="136"/>
        <source>Could not read the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="167"/>
        <source>Could not list the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="37"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="41"/>
        <source>Search names and references (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="52"/>
        <source>All bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="55"/>
        <source>Not banded (detained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="57"/>
        <source>&amp;Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="59"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="61"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="131"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="133"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="134"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="137"/>
        <source>(no unit recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="142"/>
        <source>(no case owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands.cpp" line="70"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="88"/>
        <source>The Lodestar database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="94"/>
        <source>Act as this user (default: $LODESTAR_USER, else the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="123"/>
        <source>Lodestar: the casework workbench. Without --database, opens your own database, creating it on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="138"/>
        <source>Lodestar cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="156"/>
        <source>Writes a synthetic caseload of invented people into a new or empty database. The same seed gives the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="159"/>
        <source>Number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="161"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="168"/>
        <location filename="../app/commands.cpp" line="215"/>
        <source>--database PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="174"/>
        <source>--persons &apos;%1&apos; is not a number between 1 and 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="180"/>
        <source>--seed &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="190"/>
        <source>Wrote %1 invented people to %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="204"/>
        <source>Prints the headline figures of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="207"/>
        <source>Date the figures are taken at (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="209"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="221"/>
        <source>--as-of &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="254"/>
        <source>Renders the main window showing a view to a PNG file, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="258"/>
        <source>caseload, or person:&lt;person_ref&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="260"/>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="262"/>
        <source>Window size (default 1400x860).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="270"/>
        <source>--database PATH and --out FILE.png are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="277"/>
        <source>--size &apos;%1&apos; is not WxH between 200 and 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="290"/>
        <source>%1: cannot write the PNG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/db/database.cpp" line="67"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="70"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="73"/>
        <source>%1 is empty: it is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="76"/>
        <source>%1 is not a Lodestar database (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="78"/>
        <source>%1 is corrupt: its header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="90"/>
        <source>%1 is corrupt: its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="92"/>
        <source>%1 is corrupt: the file has been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="93"/>
        <source>%1 bytes, header expects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="105"/>
        <location filename="../models/db/database.cpp" line="163"/>
        <location filename="../models/db/database.cpp" line="211"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="110"/>
        <source>%1 is corrupt or not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="118"/>
        <source>%1 is an SQLite database but not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="121"/>
        <source>%1 is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="133"/>
        <source>%1 is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="137"/>
        <source>%1 was written by a newer Lodestar (schema %2; this version understands up to %3). Update Lodestar to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="183"/>
        <source>%1: shared PostgreSQL databases are not supported by this version of Lodestar; open a local database file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="189"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="191"/>
        <source>Cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="783"/>
        <source>The demo reference date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="785"/>
        <source>The number of demo people cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="789"/>
        <source>Could not read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="791"/>
        <source>Demo data can only be added to an empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="13"/>
        <source>Criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="15"/>
        <source>Asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="17"/>
        <source>Further representations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="19"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="21"/>
        <source>Judicial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="23"/>
        <source>Modern slavery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="25"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="35"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="42"/>
        <source>None (level 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="44"/>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="46"/>
        <source>Ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="53"/>
        <source>A (most harmful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="55"/>
        <source>D (low harm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="62"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="64"/>
        <source>Non-detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="71"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="73"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="75"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="77"/>
        <source>Order signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="84"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="86"/>
        <source>Fortnightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="88"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="90"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="92"/>
        <source>Not required to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="99"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="101"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="103"/>
        <source>X (unspecified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="110"/>
        <source>Fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="112"/>
        <source>No fixed abode (NFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displaytext.cpp" line="128"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../models/figures/figures.cpp" line="67"/>
        <source>The figures need a valid as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="81"/>
        <source>Could not compute the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/figures/figures.cpp" line="93"/>
        <source>The figures do not reconcile: %n non-detained person(s) have no band</source>
        <translation>
            <numerusform>The figures do not reconcile: %n non-detained person has no band</numerusform>
            <numerusform>The figures do not reconcile: %n non-detained persons have no band</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="95"/>
        <source>Recompute their derived columns from their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="121"/>
        <source>There is no figure called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="127"/>
        <source>Could not list the people behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="80"/>
        <source>Zincs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="82"/>
        <source>Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="84"/>
        <source>EM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="86"/>
        <source>NFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="88"/>
        <source>ACRO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="36"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="57"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="58"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="60"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="62"/>
        <source>Fill with &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="67"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="68"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="71"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="72"/>
        <source>&amp;Find Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="85"/>
        <source>C&amp;lose Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="90"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="91"/>
        <source>&amp;About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="107"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="112"/>
        <source>Lodestar — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="118"/>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>No person with reference %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="158"/>
        <source>Unknown view &apos;%1&apos;; use caseload or person:&lt;person_ref&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="175"/>
        <source>Open Lodestar Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="176"/>
        <source>Lodestar databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="182"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="192"/>
        <source>New Lodestar Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="193"/>
        <source>Lodestar databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="198"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="199"/>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="207"/>
        <source>Cannot create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="219"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="220"/>
        <source>This database has no people yet. Fill it with invented demo data to try Lodestar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="229"/>
        <location filename="../widgets/mainwindow.cpp" line="236"/>
        <location filename="../widgets/mainwindow.cpp" line="252"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="230"/>
        <source>Demo data can only be added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="236"/>
        <source>Number of invented people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>Writing demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="258"/>
        <source>About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="259"/>
        <source>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;A workbench for the casework of foreign national offenders in the community: one record per person, a banded caseload, and figures that can be traced to the people behind them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/db/migrations.cpp" line="149"/>
        <source>Could not read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/migrations.cpp" line="167"/>
        <source>Could not apply schema migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/migrations.cpp" line="178"/>
        <source>Could not record schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../widgets/notedelegate.cpp" line="36"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="18"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="28"/>
        <source>Written by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="34"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="42"/>
        <source>Saving keeps the earlier text: it stays in the note&apos;s history for anyone to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="47"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="80"/>
        <source>The note is no longer on this person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="85"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noteeditdialog.cpp" line="86"/>
        <source>Your changes to the note were not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../widgets/notehistorydialog.cpp" line="15"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notehistorydialog.cpp" line="19"/>
        <source>Note written by %1 at %2. %n version(s), oldest first; the last is the current text.</source>
        <translation>
            <numerusform>Note written by %1 at %2. %n version, oldest first; the last is the current text.</numerusform>
            <numerusform>Note written by %1 at %2. %n versions, oldest first; the last is the current text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/notehistorydialog.cpp" line="29"/>
        <source>Version %1 (current), written by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/notehistorydialog.cpp" line="30"/>
        <source>Version %1, written by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <location filename="../models/store/notestore.cpp" line="24"/>
        <source>Could not keep the note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="31"/>
        <location filename="../models/store/notestore.cpp" line="59"/>
        <source>A note cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="46"/>
        <source>Could not add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="67"/>
        <source>Could not read the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="69"/>
        <source>The note no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="72"/>
        <source>%1 changed this note at %2 after you started editing it; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="88"/>
        <source>Could not save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="90"/>
        <source>The note was changed by someone else; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="104"/>
        <source>Could not read the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="128"/>
        <source>Could not read the note&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="47"/>
        <source>Choose a person before adding a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="58"/>
        <source>Choose a note to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="69"/>
        <source>Choose a note to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/notesmodel.cpp" line="77"/>
        <source>Edited by %1 at %2; %n earlier version(s)</source>
        <translation>
            <numerusform>Edited by %1 at %2; %n earlier version</numerusform>
            <numerusform>Edited by %1 at %2; %n earlier versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="131"/>
        <source>Written by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="138"/>
        <source>Note by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="156"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="158"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="160"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="162"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCasesModel</name>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="58"/>
        <source>Open %1 case: a barrier to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="60"/>
        <source>Offence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="140"/>
        <source>Case ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="142"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="146"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="148"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="150"/>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="152"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="154"/>
        <source>Sentence (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="156"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="158"/>
        <source>Deportation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="160"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRecordWidget</name>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="53"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="84"/>
        <source>Operation Zincs: criminality on a case not owned by Criminal Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="87"/>
        <source>Operation Nexus High Harm: police intelligence exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="89"/>
        <source>Electronic monitoring (tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="91"/>
        <source>No fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="93"/>
        <source>ACRO criminal records record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="149"/>
        <source>Person %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="152"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="153"/>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="234"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="243"/>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="244"/>
        <source>Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="245"/>
        <source>Person ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="246"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="247"/>
        <source>Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="248"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="249"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="255"/>
        <source>Risk and band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="266"/>
        <source>MAPPA level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="267"/>
        <source>Harm category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="268"/>
        <source>Longest sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="269"/>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="270"/>
        <source>Open barriers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="284"/>
        <source>Effective band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="287"/>
        <source>Computed band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="289"/>
        <source>Rule applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="290"/>
        <source>Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="297"/>
        <source>Provisional: no MAPPA level and no sentence are recorded, so this band rests on unknown data. Check the criminal case in CID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="305"/>
        <source>Override &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="319"/>
        <source>Band override history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="325"/>
        <source>&amp;Override band…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="337"/>
        <source>Ownership and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="344"/>
        <source>Owning unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="345"/>
        <source>Case owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="346"/>
        <source>Reporting centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="347"/>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="348"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="354"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="363"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="367"/>
        <source>All notes about this person, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="369"/>
        <location filename="../widgets/personrecordwidget.cpp" line="401"/>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="371"/>
        <location filename="../widgets/personrecordwidget.cpp" line="402"/>
        <source>Hi&amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="373"/>
        <location filename="../widgets/personrecordwidget.cpp" line="725"/>
        <source>Every earlier text of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="390"/>
        <source>Notes timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="393"/>
        <source>No notes yet. Write the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="418"/>
        <source>New &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="422"/>
        <source>Write a note about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="430"/>
        <source>Ctrl+Return adds the note. Notes are kept: an edit adds a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="435"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="451"/>
        <source>CID cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="463"/>
        <source>CID cases of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="480"/>
        <source>This person&apos;s record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="483"/>
        <source>There is no person with id %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="489"/>
        <source>The CID cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="491"/>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="493"/>
        <source>The band history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="517"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="518"/>
        <source>Person not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="523"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/personrecordwidget.cpp" line="527"/>
        <source>%n CID case(s)</source>
        <translation>
            <numerusform>%n CID case</numerusform>
            <numerusform>%n CID cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="541"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="556"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="564"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="574"/>
        <source>CID cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="589"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="591"/>
        <source>Not banded (detained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="594"/>
        <location filename="../widgets/personrecordwidget.cpp" line="605"/>
        <source>%1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="603"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="607"/>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="611"/>
        <source>Overridden; computed band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="613"/>
        <source>Provisional: no MAPPA level and no sentence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="627"/>
        <source>Set to band %1 by %2 at %3. Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="639"/>
        <source>Detained people are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="640"/>
        <source>Set a different band with a reason, or withdraw an override. The computed band stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="677"/>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="678"/>
        <source>The note was not added.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="708"/>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="726"/>
        <source>The selected note has not been edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="754"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="755"/>
        <source>The note&apos;s history could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <location filename="../models/store/personstore.cpp" line="124"/>
        <source>Could not add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="147"/>
        <source>Could not add case %1 of person %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="175"/>
        <source>Could not prepare to add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="177"/>
        <source>Could not prepare to add cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="186"/>
        <location filename="../models/store/personstore.cpp" line="190"/>
        <source>Cancelled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="202"/>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="227"/>
        <source>Could not read the person&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="262"/>
        <source>No person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="276"/>
        <source>Could not update person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../models/db/transaction.cpp" line="11"/>
        <source>Could not start a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/transaction.cpp" line="25"/>
        <source>Transaction already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/transaction.cpp" line="33"/>
        <source>Could not save changes to the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
