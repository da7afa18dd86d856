<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AbsconderYearsModel</name>
    <message>
        <location filename="../models/itemmodels/absconderyearsmodel.cpp" line="55"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/absconderyearsmodel.cpp" line="57"/>
        <source>Referred to Trace and Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/absconderyearsmodel.cpp" line="59"/>
        <source>Located</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbscondersModel</name>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="50"/>
        <source>Not referred yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="77"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="79"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="81"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="83"/>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="85"/>
        <source>Trace and Locate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbscondersStore</name>
    <message>
        <location filename="../models/store/abscondersstore.cpp" line="21"/>
        <source>Could not count the Trace and Locate referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/abscondersstore.cpp" line="52"/>
        <source>Could not list the absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/abscondersstore.cpp" line="60"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbscondersView</name>
    <message>
        <location filename="../widgets/abscondersview.cpp" line="33"/>
        <location filename="../widgets/abscondersview.cpp" line="66"/>
        <source>Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/abscondersview.cpp" line="36"/>
        <source>Referred and located by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/abscondersview.cpp" line="38"/>
        <source>Absconders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/abscondersview.cpp" line="42"/>
        <source>Trace and Locate by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/abscondersview.cpp" line="69"/>
        <source>%n absconder(s): declared, countersigned and not located since.</source>
        <translation>
            <numerusform>%n absconder: declared, countersigned and not located since.</numerusform>
            <numerusform>%n absconders: declared, countersigned and not located since.</numerusform>
        </translation>
    </message>
</context>
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
        <source>Detained, not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="106"/>
        <source>MAPPA level 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="108"/>
        <source>Sentence over 60 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="110"/>
        <source>MAPPA level 1 with harm category A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="112"/>
        <source>MAPPA level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="114"/>
        <source>Ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="116"/>
        <source>No MAPPA, no open barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="118"/>
        <source>No MAPPA, open barrier to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="127"/>
        <source>1 Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="129"/>
        <source>2 Lower risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="131"/>
        <source>3 Lowest risk, removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="133"/>
        <source>4 Lowest risk, not removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="135"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <location filename="../models/domain/barrier.cpp" line="21"/>
        <source>Asylum claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="23"/>
        <source>Further representations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="25"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="27"/>
        <source>Judicial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="29"/>
        <source>Modern slavery claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="31"/>
        <source>No travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="33"/>
        <source>Embassy not cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="35"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="37"/>
        <source>Deportation decision outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="39"/>
        <location filename="../models/domain/barrier.cpp" line="69"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="59"/>
        <source>Decided: refused or dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="61"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="63"/>
        <source>Certified under RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="65"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="67"/>
        <source>Closed in CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="76"/>
        <source>CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="78"/>
        <source>Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="85"/>
        <source>A barrier needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="87"/>
        <source>&apos;%1&apos; is not a type of barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="89"/>
        <source>Barriers from CID follow the extract and are not edited in Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="91"/>
        <source>Say when the barrier was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="94"/>
        <source>A barrier cannot be cleared before it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="96"/>
        <source>Say how the barrier was cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <location filename="../widgets/barrierdialog.cpp" line="21"/>
        <source>Record a Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barrierdialog.cpp" line="32"/>
        <source>What stands in the way, reference numbers, who to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barrierdialog.cpp" line="37"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barrierdialog.cpp" line="45"/>
        <source>&amp;Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barrierdialog.cpp" line="46"/>
        <source>&amp;Raised on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barrierdialog.cpp" line="47"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierRegisterModel</name>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="127"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="135"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="136"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="139"/>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="230"/>
        <source>Last-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="145"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="216"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="218"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="220"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="222"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="224"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="226"/>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="228"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="232"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="234"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="236"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierStore</name>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="78"/>
        <source>Could not read the person&apos;s barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="107"/>
        <source>A barrier cannot be raised in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="124"/>
        <source>Could not record the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="141"/>
        <source>Could not read the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="143"/>
        <location filename="../models/store/barrierstore.cpp" line="247"/>
        <source>The barrier is not on this person&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="146"/>
        <source>Barriers from CID follow the extract: CID clears them when it closes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="150"/>
        <source>The barrier is already cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="151"/>
        <source>The barrier is open already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="172"/>
        <source>Say when the barrier was cleared (today or earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="175"/>
        <source>Say how the barrier was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="199"/>
        <source>Could not clear the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="201"/>
        <source>A barrier cannot be cleared before it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="224"/>
        <source>Could not reopen the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="245"/>
        <source>Could not save the barrier&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="303"/>
        <source>Could not bring the CID barriers up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="356"/>
        <source>Could not count the barrier register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="379"/>
        <source>Could not read the barrier register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="389"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="408"/>
        <source>Could not count the open barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="422"/>
        <source>Could not count the last-minute barriers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarriersView</name>
    <message>
        <location filename="../widgets/barriersview.cpp" line="32"/>
        <source>&amp;Last-minute only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="33"/>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="42"/>
        <source>Barriers raised while removal directions stood (report 7.12-7.15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="53"/>
        <source>Open barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="54"/>
        <source>Open and cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="55"/>
        <source>Every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="58"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="61"/>
        <source>Barrier state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="62"/>
        <source>Barrier type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="63"/>
        <source>Barrier source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="82"/>
        <source>Barriers to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="130"/>
        <source>Barriers to Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="150"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="152"/>
        <source>No open barriers across the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="153"/>
        <source>Open barriers across the caseload: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="154"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="156"/>
        <source>Shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="168"/>
        <source>No open barriers to removal on the caseload.
Barriers come from CID&apos;s asylum, further representations, appeal, judicial review and modern slavery cases, or are recorded on a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="172"/>
        <source>No barriers to removal have been recorded yet.
Barriers come from CID&apos;s extract or are recorded on a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/barriersview.cpp" line="176"/>
        <source>No barriers match these filters.
Choose &quot;Every type&quot; and &quot;Any source&quot;, or clear Last-minute only and My cases, to see more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePreparation</name>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="27"/>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="29"/>
        <source>Initial preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="31"/>
        <source>Initial preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="33"/>
        <source>Finalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="35"/>
        <source>Preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="37"/>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="45"/>
        <source>Case preparation needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="47"/>
        <source>Say when the case was allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="49"/>
        <source>The initial preparation cannot be done before the case was allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="51"/>
        <source>The case cannot be finalised before it was allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/casepreparation.cpp" line="53"/>
        <source>The case cannot be finalised before its initial preparation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePreparationDialog</name>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="28"/>
        <location filename="../widgets/casepreparationdialog.cpp" line="30"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="34"/>
        <source>Case Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="52"/>
        <source>&amp;Allocated on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="53"/>
        <source>&amp;Initial preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="54"/>
        <source>&amp;Finalised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="55"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/casepreparationdialog.cpp" line="87"/>
        <source>%1. Initial preparation due %2, finalised due %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadExporter</name>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="17"/>
        <source>Export cancelled: no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="128"/>
        <location filename="../models/io/caseloadexporter.cpp" line="190"/>
        <source>Could not create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="131"/>
        <location filename="../models/io/caseloadexporter.cpp" line="194"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="142"/>
        <location filename="../models/io/caseloadexporter.cpp" line="197"/>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/caseloadexporter.cpp" line="151"/>
        <source>%n people are more than an Excel sheet can hold; export to CSV instead, or narrow the filter</source>
        <translation>
            <numerusform>%n people are more than an Excel sheet can hold; export to CSV instead, or narrow the filter</numerusform>
            <numerusform>%n people are more than an Excel sheet can hold; export to CSV instead, or narrow the filter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="160"/>
        <source>Could not create a temporary file for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="165"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="187"/>
        <source>Could not read back the Excel file</source>
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
        <location filename="../models/store/caseloadstore.cpp" line="123"/>
        <source>Could not count the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="143"/>
        <source>Could not read the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="174"/>
        <source>Could not list the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="40"/>
        <source>&amp;Window over an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="41"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="53"/>
        <source>Search names and references (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="61"/>
        <source>People whose reporting window is longer than one hour: an arrest team tasked to detain them on reporting would wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="72"/>
        <source>All bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="75"/>
        <source>Not banded (detained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="77"/>
        <source>&amp;Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="79"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="81"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="158"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="160"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="161"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="164"/>
        <source>(no unit recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="169"/>
        <source>(no case owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="198"/>
        <source>No people yet.
Use File → Import CID Extract, or File → Fill with Demo Data to try Lodestar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseloadview.cpp" line="200"/>
        <source>No people match these filters.
Clear the filters (Alt+L) to see all %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentresView</name>
    <message>
        <location filename="../widgets/centresview.cpp" line="22"/>
        <source>Record &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/centresview.cpp" line="32"/>
        <source>Open taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/centresview.cpp" line="34"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/centresview.cpp" line="64"/>
        <source>All centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/centresview.cpp" line="76"/>
        <source>Reporting Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/centresview.cpp" line="78"/>
        <source>%n open tasking(s)</source>
        <translation>
            <numerusform>%n open tasking</numerusform>
            <numerusform>%n open taskings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/centresview.cpp" line="89"/>
        <source>%1 for %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/centresview.cpp" line="99"/>
        <source>Cannot record the feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterFlightDialog</name>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="22"/>
        <source>Charter Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="22"/>
        <source>New Charter Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="24"/>
        <source>e.g. CH-2026-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="26"/>
        <source>Country or airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="46"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="47"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="48"/>
        <source>De&amp;parts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="49"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/charterflightdialog.cpp" line="75"/>
        <source>Give the flight a reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterFlightsModel</name>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="43"/>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="48"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="50"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="67"/>
        <source>Asylum claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="69"/>
        <source>JR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="71"/>
        <source>Further reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="73"/>
        <source>Not encountered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="75"/>
        <source>No visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="146"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="153"/>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="155"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="157"/>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="159"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="161"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="163"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="165"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CidImporter</name>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="184"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="203"/>
        <location filename="../models/io/cidimporter.cpp" line="735"/>
        <source>Import cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="213"/>
        <source>%1 is refused: it is empty, with no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="217"/>
        <source>%1 is refused: its header row is not valid CSV (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="230"/>
        <source>%1 is refused: column %2 appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="236"/>
        <source>%1 is refused: required column %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="247"/>
        <location filename="../models/io/cidimporter.cpp" line="538"/>
        <location filename="../models/io/cidimporter.cpp" line="665"/>
        <location filename="../models/io/cidimporter.cpp" line="671"/>
        <location filename="../models/io/cidimporter.cpp" line="676"/>
        <source>%1 is refused: it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="275"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="279"/>
        <source>%1 &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="284"/>
        <source>%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="322"/>
        <source>nationality &apos;%1&apos; is not a three-letter country code (ISO 3166-1 alpha-3, e.g. JAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="332"/>
        <source>sentence_months &apos;%1&apos; is not a whole number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="334"/>
        <source>sentence_months &apos;%1&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="346"/>
        <source>reporting_window &apos;%1&apos; is not a time range HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="348"/>
        <source>reporting_window &apos;%1&apos; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="357"/>
        <source>flags: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="365"/>
        <source>case_ref %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="399"/>
        <source>person %1: details differ from line %2; this later row wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="451"/>
        <location filename="../models/io/cidimporter.cpp" line="648"/>
        <source>%1 could not be read to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="558"/>
        <location filename="../models/io/cidimporter.cpp" line="566"/>
        <source>Could not prepare the reporting import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="591"/>
        <source>event_ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="593"/>
        <source>person_ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="595"/>
        <source>scheduled is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="598"/>
        <source>scheduled &apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="600"/>
        <source>outcome &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="604"/>
        <source>person_ref %1 is not a known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="609"/>
        <location filename="../models/io/cidimporter.cpp" line="613"/>
        <source>Could not check reporting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="617"/>
        <source>event_ref %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearBarrierDialog</name>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="22"/>
        <source>Clear a Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="23"/>
        <source>%1, raised %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="38"/>
        <source>Added to the barrier&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="42"/>
        <source>C&amp;lear Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="45"/>
        <source>Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="51"/>
        <source>Cleared &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="52"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/clearbarrierdialog.cpp" line="53"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands.cpp" line="78"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="96"/>
        <source>The Lodestar database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="104"/>
        <source>Act as this user (default: $LODESTAR_USER, else the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="132"/>
        <source>Lodestar: the casework workbench. Without --database, opens your own database, creating it on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="148"/>
        <source>Lodestar cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="166"/>
        <source>Writes a synthetic caseload of invented people into a new or empty database. The same seed gives the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="171"/>
        <source>Number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="174"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="178"/>
        <source>Date the history runs up to (default 2026-11-23, so that the same seed gives the same figures on any day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="187"/>
        <location filename="../app/commands.cpp" line="292"/>
        <source>--database PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="193"/>
        <source>--persons &apos;%1&apos; is not a number between 1 and 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="199"/>
        <source>--seed &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="218"/>
        <source>Wrote %1 invented people to %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="234"/>
        <source>Imports the daily CID extract (cases.csv, optionally reporting.csv) in one transaction. Rows that break the contract are rejected and listed; the rest are imported. Exit 0 when the import ran, 2 when a file is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="240"/>
        <source>The cases.csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="243"/>
        <source>The reporting.csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="246"/>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="254"/>
        <source>--database PATH and --cases FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="280"/>
        <source>Prints the headline figures of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="283"/>
        <source>Date the figures are taken at (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="286"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="342"/>
        <source>caseload, changes, imports, noncompliance, diary, centres, absconders, travel_documents, barriers, ripe, removals, or person:&lt;person_ref&gt;[/TAB] with TAB one of cases, reporting, taskings, travel_documents, barriers, removal, diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="205"/>
        <location filename="../app/commands.cpp" line="299"/>
        <source>--as-of &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="336"/>
        <source>Renders the main window showing a view to a PNG file, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="348"/>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="351"/>
        <source>Window size (default 1400x860).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="360"/>
        <source>--database PATH and --out FILE.png are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="367"/>
        <source>--size &apos;%1&apos; is not WxH between 200 and 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="382"/>
        <source>%1: cannot write the PNG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/io/csvreader.cpp" line="105"/>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="164"/>
        <source>field %1 has a quote but does not start with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="172"/>
        <source>field %1 has text after its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="177"/>
        <source>the line is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/db/database.cpp" line="70"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="73"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="76"/>
        <source>%1 is empty: it is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="79"/>
        <source>%1 is not a Lodestar database (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="81"/>
        <source>%1 is corrupt: its header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="88"/>
        <source>%1 is corrupt: its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="97"/>
        <source>%1 is corrupt: the file has been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="98"/>
        <source>%1 bytes, header expects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="146"/>
        <location filename="../models/db/database.cpp" line="167"/>
        <location filename="../models/db/database.cpp" line="231"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="108"/>
        <source>%1 is corrupt or not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="115"/>
        <source>%1 is an SQLite database but not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="117"/>
        <source>%1 is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="127"/>
        <source>%1 is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="129"/>
        <source>%1 was written by a newer Lodestar (schema %2; this version understands up to %3). Update Lodestar to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="196"/>
        <source>%1: shared PostgreSQL databases are not supported by this version of Lodestar; open a local database file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="202"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="204"/>
        <source>Cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="853"/>
        <location filename="../models/demo/demogenerator.cpp" line="1027"/>
        <location filename="../models/demo/demogenerator.cpp" line="1189"/>
        <source>Could not read the demo people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1158"/>
        <source>Could not read the demo barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1564"/>
        <source>The demo reference date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1566"/>
        <source>The number of demo people cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1570"/>
        <source>Could not read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1572"/>
        <source>Demo data can only be added to an empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="60"/>
        <source>Choose a person before adding a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="73"/>
        <source>Choose a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="103"/>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="104"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="107"/>
        <source>Done by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/diarymodel.cpp" line="109"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="111"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="112"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="145"/>
        <source>Created by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="156"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="158"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="160"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="162"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <location filename="../models/store/diarystore.cpp" line="37"/>
        <source>A diary entry needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="39"/>
        <source>A diary entry needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="41"/>
        <source>A diary entry needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="80"/>
        <source>Could not add the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="95"/>
        <location filename="../models/store/diarystore.cpp" line="168"/>
        <location filename="../models/store/diarystore.cpp" line="194"/>
        <source>Could not read the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="107"/>
        <location filename="../models/store/diarystore.cpp" line="151"/>
        <source>Could not update the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="109"/>
        <location filename="../models/store/diarystore.cpp" line="153"/>
        <source>The diary entry no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="123"/>
        <location filename="../models/store/diarystore.cpp" line="135"/>
        <source>Could not update the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="203"/>
        <source>%1, %2</source>
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
        <location filename="../models/figures/figures.cpp" line="149"/>
        <source>The figures need a valid as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="169"/>
        <location filename="../models/figures/figures.cpp" line="205"/>
        <location filename="../models/figures/figures.cpp" line="216"/>
        <source>Could not compute the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/figures/figures.cpp" line="240"/>
        <source>The figures do not reconcile: %n non-detained person(s) have no band</source>
        <translation>
            <numerusform>The figures do not reconcile: %n non-detained person has no band</numerusform>
            <numerusform>The figures do not reconcile: %n non-detained people have no band</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="242"/>
        <source>Recompute their derived columns from their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="293"/>
        <source>There is no figure called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="302"/>
        <source>Could not list the people behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="82"/>
        <source>Zincs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="84"/>
        <source>Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="86"/>
        <source>EM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="88"/>
        <source>NFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="90"/>
        <source>ACRO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="21"/>
        <source>&amp;Alternatives tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="22"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="25"/>
        <source>Record Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="31"/>
        <source>%1 (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="39"/>
        <source>e.g. spoke to him, will report on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="41"/>
        <source>Reporting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="42"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="50"/>
        <source>Every procedure tried to re-establish contact: calls, letters, visits, arrest team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="59"/>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="61"/>
        <source>&amp;Taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="63"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="110"/>
        <source>List the alternatives tried before declaring an absconder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="126"/>
        <source>The declaration counts once a team leader has countersigned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/followupdialog.cpp" line="128"/>
        <source>A follow-up of the letter goes into the diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpLadder</name>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="22"/>
        <source>The first step needs at least one breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="25"/>
        <source>Each step must start at the same or a higher count than the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="27"/>
        <source>The warning letter&apos;s follow-up cannot be in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="65"/>
        <source>Phone contact and verbal warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="67"/>
        <source>Failure to Report warning letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="69"/>
        <source>Referral to an arrest team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="71"/>
        <source>Absconder declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="73"/>
        <source>Referral to Trace and Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="75"/>
        <source>Located</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStepsModel</name>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="61"/>
        <source>Reporting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="63"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="71"/>
        <source>Needs a team leader&apos;s countersignature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="72"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="78"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="80"/>
        <source>Alternatives tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="81"/>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="104"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="106"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="108"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="110"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="112"/>
        <source>Countersigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <location filename="../models/store/followupstore.cpp" line="18"/>
        <source>A follow-up step cannot be recorded before it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="39"/>
        <source>A follow-up step needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="41"/>
        <source>A follow-up step needs the date it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="43"/>
        <source>An absconder declaration must list the alternatives tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="46"/>
        <source>Say whether the person resumed reporting or was detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="60"/>
        <source>Could not record the follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="67"/>
        <source>Follow up the Failure to Report warning letter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="94"/>
        <source>Could not read the follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="96"/>
        <source>The follow-up step no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="98"/>
        <source>Only an absconder declaration is countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="101"/>
        <source>%1 has already countersigned this declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="104"/>
        <source>Whoever recorded the declaration cannot countersign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="112"/>
        <source>Could not countersign the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="114"/>
        <source>Someone else countersigned the declaration first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="128"/>
        <source>Could not read the follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../widgets/holddialog.cpp" line="21"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="25"/>
        <source>Place a Hold on Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="27"/>
        <source>e.g. until the judicial review is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="32"/>
        <source>No barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="34"/>
        <source>%1, raised %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="40"/>
        <source>The person has no open barrier to wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="44"/>
        <source>&amp;Place Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="46"/>
        <source>The person leaves the progression queues until the date arrives or the barrier clears, whichever comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="58"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="59"/>
        <source>Until a &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/holddialog.cpp" line="60"/>
        <source>Until a &amp;barrier clears:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldsModel</name>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="63"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="65"/>
        <source>Not yet placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="68"/>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="158"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="71"/>
        <source>Ended: barrier cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="72"/>
        <source>Ended: date reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="104"/>
        <source>%1 (cleared %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="106"/>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="112"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="116"/>
        <source>Placed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="148"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="150"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="152"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="154"/>
        <source>Until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="156"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChange</name>
    <message>
        <location filename="../models/domain/importchange.cpp" line="15"/>
        <source>New to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="17"/>
        <source>Gone from the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="19"/>
        <source>Band changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="21"/>
        <source>Barrier opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="23"/>
        <source>Barrier closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="25"/>
        <source>Case owner changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="27"/>
        <source>Owning unit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importchange.cpp" line="29"/>
        <source>Reporting conditions changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChangesModel</name>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="39"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="60"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="79"/>
        <source>by the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="85"/>
        <source>%1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="101"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="103"/>
        <source>Person ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="105"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="107"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="109"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="111"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChangesView</name>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="27"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="28"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="29"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="40"/>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="41"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="42"/>
        <source>C&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="77"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="82"/>
        <source>No import yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importchangesview.cpp" line="85"/>
        <location filename="../widgets/importchangesview.cpp" line="99"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="18"/>
        <source>Import CID Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="21"/>
        <source>cases.csv (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="22"/>
        <source>reporting.csv (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="23"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="28"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="34"/>
        <source>&amp;Cases file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="36"/>
        <source>&amp;Reporting file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Choose cases.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Choose reporting.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="41"/>
        <source>The import is one transaction: rows that break the extract contract are listed afterwards, and Cancel imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="39"/>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="41"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="85"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="87"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="89"/>
        <source>Cases file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="91"/>
        <source>Reporting file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="93"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="95"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="97"/>
        <source>People added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="99"/>
        <source>Cases added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="101"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="103"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="105"/>
        <source>Events added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importhistorymodel.cpp" line="107"/>
        <source>Not in extract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryView</name>
    <message>
        <location filename="../widgets/importhistoryview.cpp" line="25"/>
        <source>Every CID import, newest first. Hover over a file name for its SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importhistoryview.cpp" line="36"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="28"/>
        <source>CID Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="58"/>
        <source>&amp;Save Rejects as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="29"/>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="97"/>
        <source>Save Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="97"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="102"/>
        <source>Cannot save the rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importresultsdialog.cpp" line="102"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <location filename="../models/store/importstore.cpp" line="134"/>
        <location filename="../models/store/importstore.cpp" line="139"/>
        <source>Could not prepare the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="150"/>
        <source>Could not read the people held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="171"/>
        <source>Could not read the cases held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="218"/>
        <source>Could not read the reporting events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="236"/>
        <source>Could not read earlier imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="248"/>
        <source>Could not add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="258"/>
        <source>Could not update person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="270"/>
        <source>Could not add case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="281"/>
        <source>Could not update case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="291"/>
        <source>Could not mark a case as missing from the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="304"/>
        <source>Could not write reporting event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="327"/>
        <location filename="../models/store/importstore.cpp" line="348"/>
        <source>Could not record the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="362"/>
        <source>Could not read the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="411"/>
        <source>Could not read the caseload to tell what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="438"/>
        <source>Could not read the open barriers to tell what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="449"/>
        <location filename="../models/store/importstore.cpp" line="458"/>
        <source>Could not record what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="491"/>
        <source>Could not read what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../models/io/importsummary.cpp" line="55"/>
        <location filename="../models/io/importsummary.cpp" line="59"/>
        <source>%1: %n row(s) read, %2 rejected</source>
        <translation>
            <numerusform>%1: %n row read, %2 rejected</numerusform>
            <numerusform>%1: %n rows read, %2 rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="62"/>
        <source>People: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="66"/>
        <source>Cases: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="70"/>
        <source>Cases no longer in the extract: %1 (%2 since this import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="74"/>
        <source>Cases back in the extract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="76"/>
        <source>Reporting events: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="81"/>
        <location filename="../models/io/importsummary.cpp" line="84"/>
        <source>Columns ignored in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="87"/>
        <location filename="../models/io/importsummary.cpp" line="91"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/importsummary.cpp" line="89"/>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderSettingsDialog</name>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="28"/>
        <source>Follow-up Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="29"/>
        <source> breaches in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="34"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="47"/>
        <source> &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="48"/>
        <source> f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="49"/>
        <source> fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="50"/>
        <source> from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="51"/>
        <source>Follow up a warning letter &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/laddersettingsdialog.cpp" line="52"/>
        <source>A step is due once a person&apos;s run of consecutive breaches reaches its count. Band 1 and Nexus High Harm people are urgent from their first breach whatever these say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="70"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="94"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="95"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="97"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="99"/>
        <source>Fill with &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="102"/>
        <source>&amp;Import CID Extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="104"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="105"/>
        <source>Import Team &amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="108"/>
        <source>&amp;Export Caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="111"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="114"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="116"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="117"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="118"/>
        <source>&amp;Find Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="124"/>
        <source>&amp;Non-compliance Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="126"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="127"/>
        <source>My &amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="129"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="130"/>
        <source>Reporting Cen&amp;tres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="132"/>
        <source>&amp;Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>Travel Documents at a &amp;Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="136"/>
        <source>&amp;Barriers to Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="138"/>
        <source>Ripe for &amp;Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="140"/>
        <source>Re&amp;movals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="142"/>
        <source>&amp;What Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="144"/>
        <source>&amp;Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="146"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="153"/>
        <source>C&amp;lose Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="158"/>
        <source>&amp;Follow-up Ladder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="170"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="171"/>
        <source>&amp;About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="187"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="192"/>
        <source>Lodestar — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="204"/>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>No person with reference %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="302"/>
        <source>Unknown tab &apos;%1&apos; of a person record; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="307"/>
        <source>Unknown view &apos;%1&apos;; use caseload, changes, imports, noncompliance, diary, centres, absconders, travel_documents, barriers, ripe, removals or person:&lt;person_ref&gt;[/tab]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>Open Lodestar Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="327"/>
        <source>Lodestar databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="333"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="343"/>
        <source>New Lodestar Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="344"/>
        <source>Lodestar databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="349"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="350"/>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="358"/>
        <source>Cannot create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="370"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="371"/>
        <source>This database has no people yet. Fill it with invented demo data to try Lodestar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="380"/>
        <location filename="../widgets/mainwindow.cpp" line="387"/>
        <location filename="../widgets/mainwindow.cpp" line="405"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="381"/>
        <source>Demo data can only be added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="387"/>
        <source>Number of invented people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="392"/>
        <source>Writing demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="392"/>
        <location filename="../widgets/mainwindow.cpp" line="415"/>
        <location filename="../widgets/mainwindow.cpp" line="447"/>
        <location filename="../widgets/mainwindow.cpp" line="642"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="415"/>
        <source>Importing the CID extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="427"/>
        <source>Import cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="429"/>
        <location filename="../widgets/mainwindow.cpp" line="461"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="447"/>
        <source>Importing the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>Import cancelled: nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="466"/>
        <source>Spreadsheet Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="467"/>
        <source>Rows not brought in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="488"/>
        <source>What Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="499"/>
        <source>Travel Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="511"/>
        <source>Barriers to Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="523"/>
        <source>Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="535"/>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="557"/>
        <source>Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="570"/>
        <source>Reporting Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="583"/>
        <source>My Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="596"/>
        <source>Non-compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="607"/>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="613"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="614"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="621"/>
        <source>caseload-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="623"/>
        <source>Export Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="642"/>
        <source>Exporting the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="660"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="661"/>
        <source>The caseload could not be exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="665"/>
        <source>Exported %n people to %1</source>
        <translation>
            <numerusform>Exported %n person to %1</numerusform>
            <numerusform>Exported %n people to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="671"/>
        <source>About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="672"/>
        <source>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;A workbench for the casework of foreign national offenders in the community: one record per person, a banded caseload, and figures that can be traced to the people behind them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/db/migrations.cpp" line="483"/>
        <source>Could not read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/migrations.cpp" line="501"/>
        <source>Could not apply schema migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/migrations.cpp" line="512"/>
        <source>Could not record schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDiaryModel</name>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="41"/>
        <source>Choose a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="72"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="74"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="83"/>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="84"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="114"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="116"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="118"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="120"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="122"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDiaryView</name>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="20"/>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="25"/>
        <source>My people and my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="26"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="33"/>
        <source>My diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="61"/>
        <source>My Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="69"/>
        <source>Overdue: %1 · Today: %2 · Next 7 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mydiaryview.cpp" line="83"/>
        <source>Cannot mark the entry done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoncomplianceModel</name>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="75"/>
        <source>Absconder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="77"/>
        <source>Unactioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="79"/>
        <source>Reporting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="80"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="84"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="94"/>
        <source>Urgent: Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="94"/>
        <source>Urgent: band 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="100"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="172"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="174"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="176"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="178"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="180"/>
        <source>Breaches in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="182"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="184"/>
        <source>Last breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="186"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="188"/>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="190"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="192"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="194"/>
        <source>Reporting centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoncomplianceStore</name>
    <message>
        <location filename="../models/store/noncompliancestore.cpp" line="51"/>
        <source>Could not read the non-compliance queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noncompliancestore.cpp" line="61"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noncompliancestore.cpp" line="109"/>
        <source>Could not read the follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoncomplianceView</name>
    <message>
        <location filename="../widgets/noncomplianceview.cpp" line="25"/>
        <source>&amp;Unactioned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noncomplianceview.cpp" line="26"/>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noncomplianceview.cpp" line="27"/>
        <source>&amp;Record Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noncomplianceview.cpp" line="47"/>
        <location filename="../widgets/noncomplianceview.cpp" line="73"/>
        <source>Non-compliance queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noncomplianceview.cpp" line="90"/>
        <source>%1: %n person(s) breached reporting in the last 7 days, %2 unactioned. Showing %3.</source>
        <translation>
            <numerusform>%1: %n person breached reporting in the last 7 days, %2 unactioned. Showing %3.</numerusform>
            <numerusform>%1: %n people breached reporting in the last 7 days, %2 unactioned. Showing %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/noncomplianceview.cpp" line="117"/>
        <source>Cannot record the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../widgets/notedelegate.cpp" line="36"/>
        <location filename="../widgets/notedelegate.cpp" line="39"/>
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
        <location filename="../models/store/notestore.cpp" line="46"/>
        <location filename="../models/store/notestore.cpp" line="89"/>
        <source>A note cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="61"/>
        <source>Could not add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="98"/>
        <source>Could not read the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="100"/>
        <source>The note no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="103"/>
        <source>%1 changed this note at %2 after you started editing it; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="119"/>
        <source>Could not save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="121"/>
        <source>The note was changed by someone else; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="81"/>
        <location filename="../models/store/notestore.cpp" line="135"/>
        <source>Could not read the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="160"/>
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
        <location filename="../models/itemmodels/notesmodel.cpp" line="114"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="135"/>
        <source>Written by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="142"/>
        <source>Note by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="160"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="162"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="164"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="166"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="168"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonBarriersModel</name>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="95"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="95"/>
        <source>Cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="99"/>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="172"/>
        <source>Last-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="107"/>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="108"/>
        <source>CID import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="111"/>
        <source>Raised while removal directions stood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="113"/>
        <source>From CID: cleared when CID closes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="162"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="164"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="166"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="168"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="170"/>
        <source>How cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="174"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonBarriersPanel</name>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="21"/>
        <source>Record &amp;Barrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="22"/>
        <source>C&amp;lear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="22"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="23"/>
        <source>Edit &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="34"/>
        <source>Barriers to removal of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="75"/>
        <source>Barriers (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="75"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="99"/>
        <source>Select a barrier recorded in Lodestar to clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="100"/>
        <source>Select a cleared barrier recorded in Lodestar to reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="107"/>
        <source>This barrier comes from CID: CID clears it when it closes the case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="118"/>
        <source>Record when and how this barrier was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="119"/>
        <source>This barrier is cleared already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="120"/>
        <source>This barrier is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="121"/>
        <source>Undo a clearing made by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="160"/>
        <source>Cannot reopen the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="174"/>
        <source>Barrier Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="175"/>
        <source>&amp;Notes on this barrier (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personbarrierspanel.cpp" line="179"/>
        <source>Cannot save the notes</source>
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
    <name>PersonDiaryPanel</name>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="21"/>
        <source>Add to &amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="22"/>
        <location filename="../widgets/persondiarypanel.cpp" line="103"/>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="23"/>
        <source>Nothing in the diary for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="32"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="34"/>
        <source>Next action, e.g. chase the ETD interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="35"/>
        <source>Diary action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="47"/>
        <source>Diary of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="86"/>
        <source>Diary (%1 open, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="88"/>
        <source>Diary (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="89"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="103"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="118"/>
        <source>Cannot add the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persondiarypanel.cpp" line="133"/>
        <source>Cannot update the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRecordWidget</name>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="62"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="93"/>
        <source>Operation Zincs: criminality on a case not owned by Criminal Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="96"/>
        <source>Operation Nexus High Harm: police intelligence exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="98"/>
        <source>Electronic monitoring (tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="100"/>
        <source>No fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="102"/>
        <source>ACRO criminal records record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="159"/>
        <source>Person %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="162"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="163"/>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="244"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="253"/>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="254"/>
        <source>Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="255"/>
        <source>Person ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="256"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="257"/>
        <source>Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="258"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="259"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="265"/>
        <source>Risk and band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="276"/>
        <source>MAPPA level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="277"/>
        <source>Harm category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="278"/>
        <source>Longest sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="279"/>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="280"/>
        <source>Open barriers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="294"/>
        <source>Effective band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="297"/>
        <source>Computed band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="299"/>
        <source>Rule applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="300"/>
        <source>Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="307"/>
        <source>Provisional: no MAPPA level and no sentence are recorded, so this band rests on unknown data. Check the criminal case in CID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="315"/>
        <source>Override &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="329"/>
        <source>Band override history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="335"/>
        <source>&amp;Override band…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="347"/>
        <source>Ownership and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="354"/>
        <source>Owning unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="355"/>
        <source>Case owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="356"/>
        <source>Reporting centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="357"/>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="358"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="364"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="373"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="377"/>
        <source>All notes about this person, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="379"/>
        <location filename="../widgets/personrecordwidget.cpp" line="411"/>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="381"/>
        <location filename="../widgets/personrecordwidget.cpp" line="412"/>
        <source>Hi&amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="383"/>
        <location filename="../widgets/personrecordwidget.cpp" line="847"/>
        <source>Every earlier text of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="400"/>
        <source>Notes timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="403"/>
        <source>No notes yet. Write the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="428"/>
        <source>New &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="432"/>
        <source>Write a note about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="440"/>
        <source>Ctrl+Return adds the note. Notes are kept: an edit adds a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="445"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="464"/>
        <source>CID cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="466"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="474"/>
        <source>Taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="480"/>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="488"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="494"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="500"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="558"/>
        <source>CID cases of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="575"/>
        <source>This person&apos;s record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="578"/>
        <source>There is no person with id %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="584"/>
        <source>The CID cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="586"/>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="588"/>
        <source>The band history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="590"/>
        <source>The diary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="594"/>
        <source>The reporting events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="598"/>
        <source>The taskings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="600"/>
        <source>The travel documents could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="602"/>
        <source>The barriers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="604"/>
        <source>The removal directions, holds or case preparation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="629"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="630"/>
        <source>Person not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="635"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/personrecordwidget.cpp" line="639"/>
        <source>%n CID case(s)</source>
        <translation>
            <numerusform>%n CID case</numerusform>
            <numerusform>%n CID cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="653"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="668"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="676"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="535"/>
        <source>CID cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="687"/>
        <source>%1 (over an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="689"/>
        <source>Longer than one hour: an arrest team tasked to detain on reporting would wait. Narrow it on the Reporting tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="711"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="713"/>
        <source>Not banded (detained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="716"/>
        <location filename="../widgets/personrecordwidget.cpp" line="727"/>
        <source>%1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="725"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="729"/>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="733"/>
        <source>Overridden; computed band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="735"/>
        <source>Provisional: no MAPPA level and no sentence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="749"/>
        <source>Set to band %1 by %2 at %3. Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="761"/>
        <source>Detained people are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="762"/>
        <source>Set a different band with a reason, or withdraw an override. The computed band stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="799"/>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="800"/>
        <source>The note was not added.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="830"/>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="848"/>
        <source>The selected note has not been edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="876"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personrecordwidget.cpp" line="877"/>
        <source>The note&apos;s history could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRemovalPanel</name>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="58"/>
        <source>Removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="64"/>
        <source>Removal directions of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="67"/>
        <source>Set &amp;Directions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="69"/>
        <source>Record O&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="71"/>
        <source>&amp;Edit Directions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="94"/>
        <source>Progression hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="100"/>
        <source>Holds on this person&apos;s progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="101"/>
        <source>Place &amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="103"/>
        <source>&amp;Release Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="121"/>
        <source>Case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="134"/>
        <source>Edit &amp;Preparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="175"/>
        <source>directions pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="177"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="179"/>
        <source>preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="180"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="180"/>
        <source>Removal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="189"/>
        <source>Record the day the case was allocated to start the 8-week target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="201"/>
        <source>Allocated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="203"/>
        <source>Initial done %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="205"/>
        <source>Initial due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="207"/>
        <source>Finalised %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="208"/>
        <source>Finalising due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="231"/>
        <source>Directions are pending: record their outcome first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="232"/>
        <source>Set new removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="235"/>
        <source>Record whether the pending directions removed the person or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="237"/>
        <source>No directions are pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="243"/>
        <source>This hold has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="244"/>
        <source>End the selected hold today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="299"/>
        <source>Cannot place a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personremovalpanel.cpp" line="318"/>
        <source>Cannot release the hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonReportingPanel</name>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="41"/>
        <source>Record &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="42"/>
        <source>Co&amp;untersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="43"/>
        <source>Record &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="44"/>
        <source>E&amp;xcuse Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="45"/>
        <source>Edit Re&amp;striction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="60"/>
        <source>An absconder declaration counts once a team leader other than whoever recorded it has countersigned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="63"/>
        <source>Reporting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="67"/>
        <source>Follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="170"/>
        <source>Absconder: referred to Trace and Locate until located.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/personreportingpanel.cpp" line="172"/>
        <source>%n breach(es) in a row since %1.</source>
        <translation>
            <numerusform>%n breach in a row since %1.</numerusform>
            <numerusform>%n breaches in a row since %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="175"/>
        <source>No breach since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="177"/>
        <source>No reporting events recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="179"/>
        <source>Next step due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="181"/>
        <source>The reporting window %1 is longer than one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/personreportingpanel.cpp" line="188"/>
        <source>Reporting (%n in a row)</source>
        <translation>
            <numerusform>Reporting (%n in a row)</numerusform>
            <numerusform>Reporting (%n in a row)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="188"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="194"/>
        <source>Restriction (from CID): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="195"/>
        <source>Restriction (set by %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="218"/>
        <source>Cannot set the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="239"/>
        <source>Cannot record the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="257"/>
        <source>Cannot record the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="285"/>
        <source>Cannot record the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="300"/>
        <source>Countersign the Absconder Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="301"/>
        <source>Countersign the absconder declaration of %1 recorded by %2?

Alternatives tried: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/personreportingpanel.cpp" line="308"/>
        <source>Cannot countersign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <location filename="../models/store/personstore.cpp" line="148"/>
        <source>Could not add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="171"/>
        <source>Could not add case %1 of person %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="199"/>
        <source>Could not prepare to add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="201"/>
        <source>Could not prepare to add cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="210"/>
        <location filename="../models/store/personstore.cpp" line="214"/>
        <source>Cancelled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="230"/>
        <location filename="../models/store/personstore.cpp" line="309"/>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="255"/>
        <location filename="../models/store/personstore.cpp" line="321"/>
        <source>Could not read the person&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="283"/>
        <source>Could not prepare to read people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="287"/>
        <source>Could not prepare to read cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="295"/>
        <source>Could not prepare to read restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="300"/>
        <source>Could not prepare to read barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="304"/>
        <source>Could not prepare to update people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="311"/>
        <source>No person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="331"/>
        <source>Could not read the person&apos;s barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="337"/>
        <source>Could not read the person&apos;s reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="350"/>
        <source>Could not update person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTaskingsPanel</name>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="19"/>
        <source>&amp;Task the Centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="20"/>
        <source>Record &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="21"/>
        <source>Clear Window &amp;Warning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="33"/>
        <source>Taskings of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="71"/>
        <source>Taskings (%1 open, window warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="72"/>
        <source>Taskings (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="72"/>
        <source>Taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="93"/>
        <source>Cannot task the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="106"/>
        <source>%1 at %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="115"/>
        <source>Cannot record the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="129"/>
        <source>Clear the Window Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="130"/>
        <source>%1 is tasked to detain on reporting on %2, but the reporting window is %3: an arrest team would wait all day. Have you agreed a one-hour window with the centre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontaskingspanel.cpp" line="136"/>
        <source>Cannot clear the warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTravelDocsPanel</name>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="18"/>
        <source>&amp;Add Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="19"/>
        <source>&amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="27"/>
        <source>Travel documents of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="58"/>
        <source>Travel documents (usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="59"/>
        <source>Travel documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="60"/>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/persontraveldocspanel.cpp" line="73"/>
        <location filename="../widgets/persontraveldocspanel.cpp" line="95"/>
        <source>Cannot save the travel document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionHold</name>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="19"/>
        <source>A hold needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="21"/>
        <source>Say why the person&apos;s progression is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="23"/>
        <source>Say when the hold was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="25"/>
        <source>A hold lasts until a date or until a barrier clears: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="27"/>
        <source>The hold must end after the day it is placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionModel</name>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="52"/>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="54"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="56"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="58"/>
        <source>Order signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="67"/>
        <source>Nothing sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="69"/>
        <source>Refused or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="71"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="73"/>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="85"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="86"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="115"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="115"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="131"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="169"/>
        <source>Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="173"/>
        <source>Deportation decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="187"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="189"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="191"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="193"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="195"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="197"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="199"/>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="201"/>
        <source>Case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="203"/>
        <source>Sentence ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="205"/>
        <source>On hold until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionRules</name>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="121"/>
        <source>Make the deportation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="123"/>
        <source>Chase the pending deportation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="125"/>
        <source>Have the deportation order signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="127"/>
        <source>Apply for a travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="129"/>
        <source>Apply again for a travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="131"/>
        <source>Chase the travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="133"/>
        <source>Set removal directions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionStore</name>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="46"/>
        <source>Could not read the holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="90"/>
        <source>Could not read the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="92"/>
        <source>The barrier is not on this person&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="95"/>
        <source>That barrier is cleared already: hold until a date instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="109"/>
        <source>Could not place the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="117"/>
        <source>Hold on progression ends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="146"/>
        <source>Could not release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="148"/>
        <source>The hold was released already, or is not this person&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="159"/>
        <source>Could not read the case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="201"/>
        <location filename="../models/store/progressionstore.cpp" line="211"/>
        <source>Could not save the case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="277"/>
        <source>Could not read the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="285"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionView</name>
    <message>
        <location filename="../widgets/progressionview.cpp" line="24"/>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="40"/>
        <source>Ripe for progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="41"/>
        <source>Preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="42"/>
        <source>Deportation decisions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="43"/>
        <source>Non-detained people, not absconders, with no open barrier, no removal directions pending and no hold (report 6.69).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="45"/>
        <source>Case preparation past its 2-week initial or 8-week final due date (report 7.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="47"/>
        <source>A sentence of 12 months or more that ended over a year ago, and no deportation decision (report 6.24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="66"/>
        <source>Removal progression worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="103"/>
        <source>Removal Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="123"/>
        <source>Non-detained, not absconders, no open barrier from any source, no removal directions pending, not on hold. Band 1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="127"/>
        <source>Case preparation past its due date: 2 weeks from allocation for the initial preparation, 8 weeks to finalise. Longest overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="131"/>
        <source>Non-detained, a criminal sentence of 12 months or more that ended over a year ago, no deportation decision. Longest since sentence end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="135"/>
        <source>Your people on this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="136"/>
        <source>People on this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="137"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="146"/>
        <source>Nobody is ripe for progression.
Everyone non-detained has an open barrier, removal directions pending, a hold, or is an absconder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="150"/>
        <source>No case preparation is overdue.
Every allocated case is within its 2 and 8 weeks, or prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="154"/>
        <source>No deportation decision is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/progressionview.cpp" line="158"/>
        <source>Only your cases are shown: clear My cases to see everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="21"/>
        <source>Record a Reporting Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="28"/>
        <source>Why the Event Was Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="42"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="43"/>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="44"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="51"/>
        <source>e.g. hospital appointment, letter seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="64"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="65"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="66"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="67"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/recordeventdialog.cpp" line="68"/>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectsModel</name>
    <message>
        <location filename="../models/itemmodels/rejectsmodel.cpp" line="54"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rejectsmodel.cpp" line="56"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rejectsmodel.cpp" line="58"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalDirections</name>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="16"/>
        <source>Fresh asylum claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="18"/>
        <source>Judicial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="20"/>
        <source>Further representations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="22"/>
        <source>Not encountered on enforcement visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="24"/>
        <source>No enforcement visit (lack of resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="26"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="28"/>
        <source>Disruptive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="30"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="37"/>
        <source>Scheduled flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="39"/>
        <source>Charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="46"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="48"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="50"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="57"/>
        <source>Removal directions need a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="59"/>
        <source>Say when the removal directions were set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="61"/>
        <source>Say when the removal is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="63"/>
        <source>The removal cannot be planned before the directions were set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="65"/>
        <source>&apos;%1&apos; is not a route of removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="67"/>
        <source>Choose the charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="69"/>
        <source>The RED.0004 date looks wrong: years before the directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="73"/>
        <source>&apos;%1&apos; is not an outcome of removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="75"/>
        <source>Say when the removal took place or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="77"/>
        <source>The outcome cannot come before the directions were set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="80"/>
        <source>Say why the removal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/removaldirections.cpp" line="82"/>
        <source>Say what stopped the removal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalDirectionsDialog</name>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="38"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="43"/>
        <source>Removal Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="43"/>
        <source>Set Removal Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="49"/>
        <source>Choose a flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="52"/>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="73"/>
        <source>&amp;Set on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="74"/>
        <source>&amp;Planned removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="75"/>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="76"/>
        <source>Charter &amp;flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="77"/>
        <source>RED.000&amp;4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaldirectionsdialog.cpp" line="78"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalDirectionsModel</name>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="77"/>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="85"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="80"/>
        <source>Served %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="81"/>
        <source>Not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="92"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="99"/>
        <source>Updated by %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="145"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="147"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="149"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="151"/>
        <source>RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="153"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="155"/>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="157"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalOutcomeDialog</name>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="25"/>
        <source>Outcome of Removal Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="26"/>
        <source>Set %1, removal planned %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="42"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="47"/>
        <source>What happened (needed for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="53"/>
        <source>Directions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="59"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="60"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="61"/>
        <source>&amp;Why it failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removaloutcomedialog.cpp" line="62"/>
        <source>What &amp;happened:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalStore</name>
    <message>
        <location filename="../models/store/removalstore.cpp" line="86"/>
        <location filename="../models/store/removalstore.cpp" line="120"/>
        <location filename="../models/store/removalstore.cpp" line="335"/>
        <source>Could not read the removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="122"/>
        <source>Directions set on %1 are still pending: record their outcome first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="156"/>
        <source>Could not save the removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="158"/>
        <source>These removal directions are not on this person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="167"/>
        <source>Planned removal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="189"/>
        <location filename="../models/store/removalstore.cpp" line="230"/>
        <location filename="../models/store/removalstore.cpp" line="275"/>
        <source>Could not read the charter flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="220"/>
        <source>Give the charter flight a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="223"/>
        <source>Say when the charter flight departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="232"/>
        <source>There is a charter flight %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="252"/>
        <source>Could not save the charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="307"/>
        <source>Could not count the removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="316"/>
        <source>Could not count the failed removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="344"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalsModel</name>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="65"/>
        <source>Charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="72"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="85"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="142"/>
        <source>The day a RED.0004 notice was served (report 7.14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="147"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="149"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="151"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="153"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="155"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="157"/>
        <source>RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="159"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="161"/>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="163"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalsView</name>
    <message>
        <location filename="../widgets/removalsview.cpp" line="62"/>
        <source>&amp;Pending only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="63"/>
        <source>&amp;New Charter Flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="72"/>
        <location filename="../widgets/removalsview.cpp" line="77"/>
        <source>Removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="73"/>
        <location filename="../widgets/removalsview.cpp" line="84"/>
        <source>Charter flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="117"/>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="150"/>
        <source>Pending: %1. To date, directions set: %2; removed: %3; failed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="154"/>
        <source>Pending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="159"/>
        <source>No removal directions are pending.
Clear Pending only to see the directions with an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="161"/>
        <source>No removal directions have been recorded yet.
They are set on a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="169"/>
        <source>No charter flights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="170"/>
        <source>Charter flights: %1. People planned on them: %2; removed: %3; failed: %4; pending: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/removalsview.cpp" line="178"/>
        <source>No charter flights have been recorded yet.
Use New Charter Flight… to add one; people are put on it with their removal directions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingEvent</name>
    <message>
        <location filename="../models/domain/reportingevent.h" line="36"/>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingevent.h" line="38"/>
        <source>Court appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingevent.h" line="40"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingEventsModel</name>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="106"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="108"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="111"/>
        <source>Excused: reason not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="117"/>
        <source>Excused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="120"/>
        <source>No show: breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="121"/>
        <source>Blank: breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="123"/>
        <source>CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="123"/>
        <source>Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="134"/>
        <source>Recorded in Lodestar by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="153"/>
        <source>Due to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="155"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="157"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="159"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingRestriction</name>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="17"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="19"/>
        <source>fortnightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="21"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="23"/>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="25"/>
        <source>no reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="32"/>
        <source>no centre recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="33"/>
        <source>frequency not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="35"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="37"/>
        <source>no window recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="39"/>
        <source>bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingrestriction.cpp" line="41"/>
        <source>electronic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingStore</name>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="30"/>
        <source>Could not add the reporting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="44"/>
        <source>Could not read the reporting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="67"/>
        <source>Say why the event was excused: illness, court, or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="69"/>
        <source>Say what the other reason was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="79"/>
        <source>A reporting event needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="82"/>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="84"/>
        <source>&apos;%1&apos; is not an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="111"/>
        <source>Could not record the reporting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="136"/>
        <source>Could not record the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="138"/>
        <source>Only an excused event carries a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="24"/>
        <source>On &amp;bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="25"/>
        <source>&amp;Electronic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="29"/>
        <source>Reporting Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="36"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="56"/>
        <source>Why it changes, e.g. new bail conditions of 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="60"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="76"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="77"/>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="78"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="79"/>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="80"/>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="81"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="84"/>
        <source>Now: as CID records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="85"/>
        <source>Now: set by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="101"/>
        <source>Set in Lodestar before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/restrictiondialog.cpp" line="135"/>
        <source>Longer than one hour: arrest teams tasked to detain would wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="60"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="62"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="64"/>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="66"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionStore</name>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="23"/>
        <source>Could not read the reporting restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="55"/>
        <source>Could not read the reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="57"/>
        <source>There is no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="74"/>
        <source>A restriction needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="76"/>
        <source>Say why the restriction changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="78"/>
        <source>&apos;%1&apos; is not a reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="80"/>
        <source>&apos;%1&apos; is not a window HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="82"/>
        <source>The reporting day must be a day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="101"/>
        <source>Could not save the reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="33"/>
        <source>Import Team Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="35"/>
        <source>A team sheet: .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="38"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="45"/>
        <source>&amp;Spreadsheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="47"/>
        <source>W&amp;orksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="65"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="66"/>
        <source>What each column becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="69"/>
        <source>One column holds the person reference. Note lines are joined into one note per row, each line headed by its column. A diary date makes a diary entry, described by the diary action columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="91"/>
        <location filename="../widgets/sheetimportdialog.cpp" line="93"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="140"/>
        <source>Choose a Team Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="141"/>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="163"/>
        <source>(the whole CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="197"/>
        <source>Choose a spreadsheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="199"/>
        <source>Choose a spreadsheet to see what it will bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sheetimportdialog.cpp" line="207"/>
        <source>%n row(s) in the sheet.</source>
        <translation>
            <numerusform>%n row in the sheet.</numerusform>
            <numerusform>%n rows in the sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sheetimportdialog.cpp" line="220"/>
        <source>%n row(s): %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with a problem.</source>
        <translation>
            <numerusform>%n row: %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with a problem.</numerusform>
            <numerusform>%n rows: %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with a problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/sheetimportdialog.cpp" line="227"/>
        <source>No row of this sheet matches a person with something to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportResult</name>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="11"/>
        <source>From %1: %n row(s) read.</source>
        <translation>
            <numerusform>From %1: %n row read.</numerusform>
            <numerusform>From %1: %n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="12"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n note added.</numerusform>
            <numerusform>%n notes added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="13"/>
        <source>%n diary entry(ies) added.</source>
        <translation>
            <numerusform>%n diary entry added.</numerusform>
            <numerusform>%n diary entries added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="15"/>
        <source>%n row(s) were already brought in and were skipped.</source>
        <translation>
            <numerusform>%n row was already brought in and was skipped.</numerusform>
            <numerusform>%n rows were already brought in and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="18"/>
        <source>%n row(s) had nothing to bring in.</source>
        <translation>
            <numerusform>%n row had nothing to bring in.</numerusform>
            <numerusform>%n rows had nothing to bring in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="20"/>
        <source>%n row(s) name a person Lodestar does not hold; they are listed below.</source>
        <translation>
            <numerusform>%n row names a person Lodestar does not hold; they are listed below.</numerusform>
            <numerusform>%n rows name a person Lodestar does not hold; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="23"/>
        <source>%n row(s) could not be read; they are listed below.</source>
        <translation>
            <numerusform>%n row could not be read; they are listed below.</numerusform>
            <numerusform>%n rows could not be read; they are listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportStore</name>
    <message>
        <location filename="../models/store/sheetimportstore.cpp" line="40"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/sheetimportstore.cpp" line="47"/>
        <source>Could not look up the people the sheet refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/sheetimportstore.cpp" line="65"/>
        <location filename="../models/store/sheetimportstore.cpp" line="83"/>
        <source>Could not record the spreadsheet import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <location filename="../models/io/sheetimporter.cpp" line="52"/>
        <source>row %1: no person with reference &apos;%2&apos; in Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetimporter.cpp" line="83"/>
        <source>The import was cancelled; nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message numerus="yes">
        <location filename="../models/domain/sheetmapping.cpp" line="84"/>
        <source>The mapping is for %n column(s), but the sheet has %1.</source>
        <translation>
            <numerusform>The mapping is for %n column, but the sheet has %1.</numerusform>
            <numerusform>The mapping is for %n columns, but the sheet has %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="89"/>
        <source>Choose the column that holds the person reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="91"/>
        <source>Only one column can hold the person reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="93"/>
        <source>Only one column can hold the diary date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="95"/>
        <source>A diary action needs a column with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="97"/>
        <source>Map at least one column to a note or a diary date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="119"/>
        <location filename="../models/domain/sheetmapping.cpp" line="154"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="136"/>
        <source>row %1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="142"/>
        <source>row %1: %2 &apos;%3&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="184"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="186"/>
        <source>Person reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="188"/>
        <source>Line of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="190"/>
        <source>Diary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="192"/>
        <source>Diary action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMappingModel</name>
    <message>
        <location filename="../models/itemmodels/sheetmappingmodel.cpp" line="51"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetmappingmodel.cpp" line="65"/>
        <source>Double-click or press F2 to choose what this column becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetmappingmodel.cpp" line="102"/>
        <source>Sheet column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetmappingmodel.cpp" line="104"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetmappingmodel.cpp" line="106"/>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="64"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="79"/>
        <source>Nothing to bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="106"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="108"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="110"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="112"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="114"/>
        <source>Diary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="116"/>
        <source>Diary action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="118"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="24"/>
        <location filename="../models/io/sheetreader.cpp" line="125"/>
        <source>Cannot open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="28"/>
        <location filename="../models/io/sheetreader.cpp" line="138"/>
        <source>Cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="46"/>
        <source>&apos;%1&apos; has more than %2 rows; split it and import the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="54"/>
        <source>&apos;%1&apos;, row %2: a value in column %3 has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="79"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="90"/>
        <source>&apos;%1&apos; is a .%2 file: save it as .xlsx or .csv and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="112"/>
        <source>&apos;%1&apos; has no sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="132"/>
        <source>&apos;%1&apos;, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="142"/>
        <source>&apos;%1&apos; is empty: there is no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasking</name>
    <message>
        <location filename="../models/domain/tasking.cpp" line="23"/>
        <source>Emergency travel document interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/tasking.cpp" line="25"/>
        <source>Circumstances interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/tasking.cpp" line="27"/>
        <source>Detain on reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/tasking.cpp" line="29"/>
        <source>Encourage voluntary departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/tasking.cpp" line="43"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/tasking.cpp" line="45"/>
        <source>Person did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/tasking.cpp" line="47"/>
        <source>Not done by the centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingDialog</name>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="21"/>
        <source>I have agreed a one-hour &amp;window with the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="24"/>
        <source>Task the Reporting Centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="39"/>
        <source>&amp;Task the Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="47"/>
        <source>&amp;Tasking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="48"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="49"/>
        <source>For the reporting &amp;event on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="50"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="94"/>
        <source>Say which reporting centre is tasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="98"/>
        <source>Clear the window warning first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingdialog.cpp" line="108"/>
        <source>The reporting window %1 is longer than one hour: an arrest team tasked to detain would wait all day (report 6.66). Agree a one-hour window with the centre first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingFeedbackDialog</name>
    <message>
        <location filename="../widgets/taskingfeedbackdialog.cpp" line="15"/>
        <source>Centre&apos;s Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingfeedbackdialog.cpp" line="21"/>
        <source>What the centre did and found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingfeedbackdialog.cpp" line="24"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/taskingfeedbackdialog.cpp" line="26"/>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingStore</name>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="47"/>
        <source>A tasking needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="49"/>
        <source>Say which reporting centre is tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="51"/>
        <source>&apos;%1&apos; is not a kind of tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="53"/>
        <source>Say which reporting event the tasking is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="56"/>
        <source>The reporting window %1 is longer than one hour: an arrest team would wait all day. Narrow it, or confirm you have agreed the time with the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="79"/>
        <source>Could not task the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="86"/>
        <source>Tasking due at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="103"/>
        <source>Choose the outcome of the tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="116"/>
        <source>Could not record the centre&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="118"/>
        <source>The tasking is already closed, or no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="139"/>
        <source>Could not clear the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="141"/>
        <source>The tasking is closed, or no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="154"/>
        <source>Could not read the taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="173"/>
        <source>Could not read the open taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="181"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="193"/>
        <source>Could not read the centres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingsModel</name>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="100"/>
        <source>%1 now: over an hour, warning not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="102"/>
        <source>%1 (over an hour; cleared by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="108"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="117"/>
        <source>Instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="119"/>
        <source>Feedback recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="148"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="150"/>
        <source>For reporting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="152"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="154"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="156"/>
        <source>Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="158"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="160"/>
        <source>Tasked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="162"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="164"/>
        <source>Centre&apos;s feedback</source>
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
        <location filename="../models/db/transaction.cpp" line="24"/>
        <source>Transaction already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/transaction.cpp" line="32"/>
        <source>Could not save changes to the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocsGlanceModel</name>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="37"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="62"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="64"/>
        <source>Non-detained people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="66"/>
        <source>Nothing sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="68"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="70"/>
        <source>Usable document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocsglancemodel.cpp" line="72"/>
        <source>Refused or expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocument</name>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="14"/>
        <source>To apply for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="16"/>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="18"/>
        <source>Embassy interview tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="20"/>
        <source>Embassy interview held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="22"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="24"/>
        <source>Refused by the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="31"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="33"/>
        <source>Emergency travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="40"/>
        <source>A travel document needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="42"/>
        <source>&apos;%1&apos; is not a kind of travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="44"/>
        <source>&apos;%1&apos; is not a travel document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="46"/>
        <source>Say when the emergency travel document was applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="48"/>
        <source>Say when the embassy interview was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="50"/>
        <source>Say when the document expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/traveldocument.cpp" line="52"/>
        <source>The interview cannot come before the application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentDialog</name>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="24"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="40"/>
        <source>Travel Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="40"/>
        <source>Add a Travel Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="60"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="61"/>
        <source>&amp;Embassy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="62"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="63"/>
        <source>&amp;Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="64"/>
        <source>Interview &amp;tasked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="65"/>
        <source>Interview &amp;held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="66"/>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentdialog.cpp" line="67"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentStore</name>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="66"/>
        <source>Could not save the travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="68"/>
        <source>The travel document no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="82"/>
        <source>Could not read the travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="119"/>
        <source>Could not count the travel documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentsModel</name>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="65"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="70"/>
        <source>Held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="72"/>
        <source>Tasked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="79"/>
        <source>Updated by %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="102"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="104"/>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="108"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="110"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="112"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentsView</name>
    <message>
        <location filename="../widgets/traveldocumentsview.cpp" line="29"/>
        <source>Travel documents by nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentsview.cpp" line="40"/>
        <source>Travel Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/traveldocumentsview.cpp" line="48"/>
        <source>Non-detained people by nationality and where their travel document stands, each counted once at their most advanced document: %1 people, %2 with a usable document, %3 with nothing sought yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="230"/>
        <source>It is not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="234"/>
        <location filename="../models/io/xlsxreader.cpp" line="241"/>
        <location filename="../models/io/xlsxreader.cpp" line="293"/>
        <source>Its zip directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="297"/>
        <source>It is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="301"/>
        <source>It is compressed with method %1, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="306"/>
        <source>Its zip header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="322"/>
        <source>Its data is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="323"/>
        <source>Its data is damaged (minizip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="328"/>
        <source>Its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="351"/>
        <source>&apos;%1&apos; is not an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="356"/>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="360"/>
        <source>&apos;%1&apos; has no sheet number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/xlsxreader.cpp" line="361"/>
        <source>It has %n sheet(s)</source>
        <translation>
            <numerusform>It has %n sheet</numerusform>
            <numerusform>It has %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="371"/>
        <source>%1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="392"/>
        <location filename="../models/io/xlsxreader.cpp" line="395"/>
        <source>Cannot open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="393"/>
        <source>It is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="399"/>
        <source>It is an old .xls workbook or a password-protected one; save it from Excel as .xlsx without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="413"/>
        <source>It has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="422"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="435"/>
        <source>%1 is not valid XML (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="511"/>
        <source>sheet &apos;%1&apos; has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="604"/>
        <source>%1 refers to shared string %2, which does not exist (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="662"/>
        <source>&apos;%1&apos; is bigger than Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="688"/>
        <source>%1 has an invalid row number &apos;%2&apos; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="694"/>
        <source>%1, line %2: row %3 is past row %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="713"/>
        <source>%1 has an invalid cell reference &apos;%2&apos; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="719"/>
        <source>%1, line %2: row %3 has a cell past column XFD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="29"/>
        <source>The workbook is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="37"/>
        <source>Could not start the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="41"/>
        <source>Could not add a sheet to the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="59"/>
        <location filename="../models/io/xlsxwriter.cpp" line="72"/>
        <location filename="../models/io/xlsxwriter.cpp" line="118"/>
        <source>The workbook is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="79"/>
        <source>Excel sheets hold at most %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="106"/>
        <source>Could not write row %1, column %2 of the Excel sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="127"/>
        <source>Could not write the Excel file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
