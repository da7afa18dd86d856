<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="34"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="34"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="35"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="37"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="37"/>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="37"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="39"/>
        <source>Non-compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="39"/>
        <source>&amp;Non-compliance Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="40"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="41"/>
        <source>My Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="41"/>
        <source>My &amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="42"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="43"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="43"/>
        <source>Das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="44"/>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="45"/>
        <source>Reporting Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="45"/>
        <source>Reporting Cen&amp;tres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="47"/>
        <source>Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="47"/>
        <source>&amp;Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="49"/>
        <source>Travel Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="50"/>
        <source>Travel Documents at a &amp;Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="52"/>
        <source>Barriers to Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="52"/>
        <source>&amp;Barriers to Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="54"/>
        <location filename="../widgets/window/viewregistry.cpp" line="56"/>
        <source>Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="54"/>
        <source>Ripe for &amp;Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="57"/>
        <source>Travel Documents to &amp;Seek (Barrier Open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="59"/>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="59"/>
        <source>Re&amp;movals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="61"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="61"/>
        <source>Wor&amp;kload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="64"/>
        <source>Review Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="64"/>
        <source>Re&amp;view Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="66"/>
        <source>Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="66"/>
        <source>Data &amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="68"/>
        <source>Note Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="68"/>
        <source>&amp;Note Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="70"/>
        <source>What Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="70"/>
        <source>&amp;What Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="72"/>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="72"/>
        <source>&amp;Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="74"/>
        <source>Published Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/viewregistry.cpp" line="74"/>
        <source>P&amp;ublished Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="49"/>
        <source>Not referred yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="76"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="78"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="80"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="82"/>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/abscondersmodel.cpp" line="84"/>
        <source>Trace and Locate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbscondersStore</name>
    <message>
        <location filename="../models/store/abscondersstore.cpp" line="22"/>
        <source>Could not count the Trace and Locate referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/abscondersstore.cpp" line="58"/>
        <source>Could not list the absconders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbscondersView</name>
    <message>
        <location filename="../widgets/lists/abscondersview.cpp" line="34"/>
        <location filename="../widgets/lists/abscondersview.cpp" line="67"/>
        <source>Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/abscondersview.cpp" line="37"/>
        <source>Referred and located by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/abscondersview.cpp" line="39"/>
        <source>Absconders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/abscondersview.cpp" line="43"/>
        <source>Trace and Locate by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lists/abscondersview.cpp" line="70"/>
        <source>%n absconder(s): declared, countersigned and not located since.</source>
        <translation>
            <numerusform>%n absconder: declared, countersigned and not located since.</numerusform>
            <numerusform>%n absconders: declared, countersigned and not located since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessStore</name>
    <message>
        <location filename="../models/store/accessstore.cpp" line="17"/>
        <location filename="../models/store/accessstore.cpp" line="29"/>
        <location filename="../models/store/accessstore.cpp" line="140"/>
        <source>Could not read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/accessstore.cpp" line="50"/>
        <source>Could not read whom the person is allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/accessstore.cpp" line="106"/>
        <source>Could not read whether the database is a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/accessstore.cpp" line="120"/>
        <source>Could not mark the database as a demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="29"/>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/caseload/allocatedialog.cpp" line="31"/>
        <source>Allocate %n selected people to a caseworker.</source>
        <translation>
            <numerusform>Allocate %n selected person to a caseworker.</numerusform>
            <numerusform>Allocate %n selected people to a caseworker.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="33"/>
        <source>Choose a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="36"/>
        <source>Optional, e.g. rebalancing the team&apos;s workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="49"/>
        <source>&amp;Caseworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="50"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="51"/>
        <source>&amp;Allocated on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="52"/>
        <source>Effect on workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="60"/>
        <source>&amp;Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="87"/>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="88"/>
        <source>%1 — %2%%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="92"/>
        <source>%1 (%2), capacity %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="96"/>
        <source>There is nobody to allocate to yet: add caseworkers in Settings → Users and Teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="117"/>
        <source>&lt;i&gt;Choose a caseworker to see the effect.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="130"/>
        <source>%1: loses people (not a user, no capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (over capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/allocatedialog.cpp" line="136"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="29"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="71"/>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="83"/>
        <source>Allocated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="85"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="87"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="89"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/allocationhistorymodel.cpp" line="91"/>
        <source>Allocated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationStore</name>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="64"/>
        <source>Choose the caseworker to allocate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="67"/>
        <source>Say when the allocation takes effect (today or earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="75"/>
        <source>The allocation has no version read for person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="89"/>
        <source>Could not read the person&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="91"/>
        <source>There is no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="99"/>
        <location filename="../models/store/allocationstore.cpp" line="105"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="116"/>
        <source>Could not record the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="136"/>
        <source>Could not read the allocation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="160"/>
        <source>Could not read the workload weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="181"/>
        <location filename="../models/store/allocationstore.cpp" line="208"/>
        <source>workload weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="206"/>
        <source>Could not save the workload weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="230"/>
        <location filename="../models/store/allocationstore.cpp" line="261"/>
        <source>Could not count the caseload by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="294"/>
        <source>(no case owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="341"/>
        <source>Could not read the people to allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/allocationstore.cpp" line="398"/>
        <source>Could not list the people waiting for a case owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppUser</name>
    <message>
        <location filename="../models/domain/appuser.cpp" line="13"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="15"/>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="17"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="19"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="27"/>
        <source>A user needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="29"/>
        <source>A user name has no spaces: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="31"/>
        <source>&apos;%1&apos; is not a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/appuser.cpp" line="33"/>
        <source>The capacity must be a number of workload points above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="37"/>
        <source>the audit log ends at entry %1, but entry %2 was in it when it was last seen from this computer: entries were cut from its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="41"/>
        <source>entry %1, in the audit log when it was last seen from this computer, is gone from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="45"/>
        <source>entry %1 of the audit log is not the one this computer saw there: the log was rewritten from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="63"/>
        <source>the log is empty, but entry %1 was recorded earlier: every entry was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="65"/>
        <source>the log ends at entry %1, but entry %2 was recorded earlier: entries were cut from its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="79"/>
        <source>the first entry follows another: entries before it were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="80"/>
        <source>it does not follow entry %1: an entry was removed or inserted between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="85"/>
        <source>its contents do not match its hash: it was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="88"/>
        <source>entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/auditchain.cpp" line="91"/>
        <source>it is not the entry recorded as %1 earlier: the log was rewritten from there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <location filename="../models/store/auditstore.cpp" line="81"/>
        <source>Could not lock the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/auditstore.cpp" line="83"/>
        <location filename="../models/store/auditstore.cpp" line="245"/>
        <location filename="../models/store/auditstore.cpp" line="256"/>
        <location filename="../models/store/auditstore.cpp" line="264"/>
        <location filename="../models/store/auditstore.cpp" line="273"/>
        <location filename="../models/store/auditstore.cpp" line="294"/>
        <location filename="../models/store/auditstore.cpp" line="308"/>
        <location filename="../models/store/auditstore.cpp" line="324"/>
        <location filename="../models/store/auditstore.cpp" line="336"/>
        <source>Could not read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/auditstore.cpp" line="89"/>
        <source>The audit log&apos;s newest entry has the largest id there is, so no entry can follow it: it was not written by Lodestar. Run &quot;lodestar audit-verify&quot; and restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/auditstore.cpp" line="124"/>
        <location filename="../models/store/auditstore.cpp" line="127"/>
        <source>Could not write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/auditstore.cpp" line="193"/>
        <source>There is no table &apos;%1&apos; to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/auditstore.cpp" line="197"/>
        <location filename="../models/store/auditstore.cpp" line="200"/>
        <source>Could not read the record to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/auditstore.cpp" line="229"/>
        <source>A disclosure of personal data needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="18"/>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="20"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="23"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="23"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="64"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="66"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="68"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="70"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="72"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="74"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="76"/>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="83"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="84"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="85"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="86"/>
        <source>Reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="87"/>
        <source>Reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="88"/>
        <source>Reporting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="89"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="90"/>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="91"/>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="92"/>
        <source>Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="93"/>
        <source>Diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="94"/>
        <source>Removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="95"/>
        <source>Hold on progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="96"/>
        <source>Case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="97"/>
        <source>Follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="98"/>
        <source>Note check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="104"/>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="152"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="124"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="139"/>
        <source>Printed the %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="141"/>
        <source>Saved a picture of the %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="143"/>
        <source>Saved the %1 report as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="145"/>
        <source>Exported the %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="148"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n rows</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="156"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="169"/>
        <source>Everything held, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="170"/>
        <source>%1; reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="176"/>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="186"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="233"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="235"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="237"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/audittrailmodel.cpp" line="239"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../models/store/backup.cpp" line="58"/>
        <location filename="../models/store/backup.cpp" line="185"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="76"/>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="89"/>
        <location filename="../models/store/backup.cpp" line="92"/>
        <source>Cannot write in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="113"/>
        <location filename="../models/store/backup.cpp" line="159"/>
        <location filename="../models/store/backup.cpp" line="298"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="117"/>
        <source>Cannot copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="142"/>
        <source>The backup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="150"/>
        <source>The disk is full: %1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="154"/>
        <source>%1 stayed locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="157"/>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="192"/>
        <location filename="../models/store/backup.cpp" line="199"/>
        <source>%1 fails SQLite&apos;s integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="211"/>
        <source>%1: the audit trail is broken at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="249"/>
        <source>the copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="258"/>
        <source>%1 already exists: choose another name; a backup never replaces a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="270"/>
        <source>%1 is a team database on PostgreSQL: back it up with pg_dump (see the README, &quot;Backup and restore&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="287"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="308"/>
        <source>%1 does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="312"/>
        <source>%1 has a journal beside it: it is in use, or a write to it was interrupted; open it in Lodestar once and back it up from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="326"/>
        <source>%1 is a team database on PostgreSQL: restore it with pg_restore or psql (see the README, &quot;Backup and restore&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="333"/>
        <source>%1 is the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="339"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="341"/>
        <source>Cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="364"/>
        <source>%1 is open in another Lodestar (or another program): close it there, then restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="372"/>
        <source>%1 lies beside %2: another program is using it, or it was left by a crash; open the database in Lodestar once first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="398"/>
        <source>Cannot move %1 aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/backup.cpp" line="406"/>
        <source>Cannot put the copy in place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="34"/>
        <source>Override withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="75"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="77"/>
        <source>Band set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="79"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bandhistorymodel.cpp" line="81"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandOverrideDialog</name>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="46"/>
        <source>Override band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="50"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="55"/>
        <source>Current band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="60"/>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="183"/>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="61"/>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="66"/>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="70"/>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="187"/>
        <source>%1 (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="71"/>
        <source>Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="74"/>
        <source>New band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="77"/>
        <source>&amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="83"/>
        <source>&amp;Withdraw the override and use the computed band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="87"/>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="192"/>
        <source>There is no override to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="91"/>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="94"/>
        <source>Why the computed band does not fit this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="98"/>
        <source>The override, its reason and your name are kept in the person&apos;s band history. The record shows both the computed and the effective band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="126"/>
        <source>Detained people are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="153"/>
        <source>Withdraw o&amp;verride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="153"/>
        <source>Set &amp;band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="157"/>
        <source>Choose a band, or withdraw the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="159"/>
        <source>Give a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="211"/>
        <source>Band not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/bandoverridedialog.cpp" line="212"/>
        <source>The band was not changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandOverrideStore</name>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="20"/>
        <source>Band %1 does not exist; bands run from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="22"/>
        <source>Give a reason for overriding the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="36"/>
        <location filename="../models/store/bandoverridestore.cpp" line="76"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="43"/>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="45"/>
        <source>No person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="47"/>
        <source>Detained people are not banded, so their band cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="51"/>
        <source>There is no override to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="63"/>
        <source>Could not record the band override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="74"/>
        <source>Could not update the person&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/bandoverridestore.cpp" line="90"/>
        <source>Could not read the band history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banding</name>
    <message>
        <location filename="../models/domain/banding.cpp" line="86"/>
        <source>provisional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="93"/>
        <source>MAPPA level not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="95"/>
        <source>harm category not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="97"/>
        <source>sentence not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="142"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="149"/>
        <source>Detained: only non-detained people are banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="151"/>
        <source>Not banded: no criminal case, so not a foreign national offender case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="153"/>
        <source>Band 1: MAPPA level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="155"/>
        <source>Band 1: sentence of %1 months, over %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="159"/>
        <source>Band 1: MAPPA level 1 with harm category A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="161"/>
        <source>Band 2: MAPPA level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="163"/>
        <source>Band 2: ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="165"/>
        <source>Band 3: no MAPPA level and no open barrier to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/banding.cpp" line="167"/>
        <source>Band 4: no MAPPA level and %n open barrier(s) to removal</source>
        <translation>
            <numerusform>Band 4: no MAPPA level and %n open barrier to removal</numerusform>
            <numerusform>Band 4: no MAPPA level and %n open barriers to removal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="177"/>
        <source>Detained, not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="179"/>
        <source>No criminal case, not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="181"/>
        <source>MAPPA level 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="183"/>
        <source>Sentence over 60 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="185"/>
        <source>MAPPA level 1 with harm category A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="187"/>
        <source>MAPPA level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="189"/>
        <source>Ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="191"/>
        <source>No MAPPA, no open barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="193"/>
        <source>No MAPPA, open barrier to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="202"/>
        <source>1 Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="204"/>
        <source>2 Lower risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="206"/>
        <source>3 Lowest risk, removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="208"/>
        <source>4 Lowest risk, not removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/banding.cpp" line="210"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <location filename="../models/domain/barrier.cpp" line="23"/>
        <source>Asylum claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="25"/>
        <source>Further representations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="27"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="29"/>
        <source>Judicial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="31"/>
        <source>Modern slavery claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="33"/>
        <source>No travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="35"/>
        <source>Embassy not cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="37"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="39"/>
        <source>Deportation decision outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="41"/>
        <location filename="../models/domain/barrier.cpp" line="71"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="61"/>
        <source>Decided: refused or dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="63"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="65"/>
        <source>Certified under RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="67"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="69"/>
        <source>Closed in CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="78"/>
        <source>CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="80"/>
        <source>Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="95"/>
        <source>Cannot be certified under RED.0004: no RED.0004 notice has been served on this person (record it with their removal directions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="99"/>
        <source>Cannot be certified under RED.0004: CID gives no day the case was opened, only that it was first seen in CID on %1, so the notice served on %2 cannot be shown to come before the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="104"/>
        <source>Cannot be certified under RED.0004: CID gives no day the case was opened, only that it was not in the extract imported on %1 and was first seen on %2; the notice served on %3 is not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="109"/>
        <source>Cannot be certified under RED.0004: the notice was served on %1, the same day the barrier was raised, not before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="112"/>
        <source>Cannot be certified under RED.0004: the notice was served on %1, after the barrier was raised on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="120"/>
        <source>first seen in CID on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="124"/>
        <source>raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="133"/>
        <source>CID&apos;s extract gives no day the case was opened: it was not in the extract imported on %1 and was first seen in CID on %2, so it was opened between those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="137"/>
        <source>CID&apos;s extract gives no day the case was opened: it was first seen in CID on %1, with the first import, and may be much older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="145"/>
        <source>A barrier needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="147"/>
        <source>&apos;%1&apos; is not a type of barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="149"/>
        <source>Barriers from CID follow the extract and are not edited in Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="151"/>
        <source>Say when the barrier was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="154"/>
        <source>A barrier cannot be cleared before it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/barrier.cpp" line="156"/>
        <source>Say how the barrier was cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <location filename="../widgets/dialogs/barrierdialog.cpp" line="24"/>
        <source>Record a Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/barrierdialog.cpp" line="33"/>
        <source>What stands in the way, reference numbers, who to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/barrierdialog.cpp" line="38"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/barrierdialog.cpp" line="41"/>
        <source>&amp;Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/barrierdialog.cpp" line="42"/>
        <source>&amp;Raised on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/barrierdialog.cpp" line="43"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierRegisterModel</name>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="84"/>
        <source>%1+</source>
        <comment>at least this many days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="87"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="88"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="91"/>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="191"/>
        <source>Last-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="97"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="169"/>
        <source>The day raised for barriers recorded in Lodestar. CID&apos;s extract gives no day a case was opened: its barriers show the day first seen in CID and have stood at least the days shown (&quot;+&quot;). The register runs from the longest known to stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="177"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="179"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="181"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="183"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="185"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="187"/>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="189"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="193"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="195"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/barrierregistermodel.cpp" line="197"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierStore</name>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="79"/>
        <source>Could not read the person&apos;s barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="132"/>
        <source>Could not record the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="153"/>
        <source>Could not read the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="155"/>
        <location filename="../models/store/barrierstore.cpp" line="318"/>
        <source>The barrier is not on this person&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="162"/>
        <source>Barriers from CID follow the extract: CID clears them when it closes the case (here they can only be certified under RED.0004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="166"/>
        <source>The barrier is already cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="167"/>
        <source>The barrier is open already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="206"/>
        <source>Say how the barrier was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="208"/>
        <location filename="../models/store/barrierstore.cpp" line="240"/>
        <location filename="../models/store/barrierstore.cpp" line="264"/>
        <location filename="../models/store/barrierstore.cpp" line="282"/>
        <location filename="../models/store/barrierstore.cpp" line="317"/>
        <source>barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="236"/>
        <source>Could not clear the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="243"/>
        <source>A barrier cannot be cleared before it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="280"/>
        <source>Could not reopen the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="314"/>
        <source>Could not save the barrier&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="398"/>
        <source>Could not bring the CID barriers up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="451"/>
        <source>Could not count the barrier register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="474"/>
        <source>Could not read the barrier register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="507"/>
        <source>Could not count the open barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/barrierstore.cpp" line="522"/>
        <source>Could not count the last-minute barriers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarriersView</name>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="35"/>
        <source>&amp;Last-minute only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="36"/>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="45"/>
        <source>Barriers raised while removal directions stood (report 7.12-7.15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="49"/>
        <source>Open barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="50"/>
        <source>Open and cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="51"/>
        <source>Every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="54"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="57"/>
        <source>Barrier state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="58"/>
        <source>Barrier type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="59"/>
        <source>Barrier source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="76"/>
        <source>Barriers to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="135"/>
        <source>Barriers to Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="155"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="157"/>
        <source>No open barriers across the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="158"/>
        <source>Open barriers across the caseload: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="159"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="161"/>
        <source>Shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="168"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="170"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="175"/>
        <source>No open barriers to removal on the caseload.
Barriers come from CID&apos;s asylum, further representations, appeal, judicial review and modern slavery cases, or are recorded on a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/barriersview.cpp" line="179"/>
        <source>No barriers to removal have been recorded yet.
Barriers come from CID&apos;s extract or are recorded on a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWrite</name>
    <message>
        <location filename="../models/store/batchwrite.cpp" line="105"/>
        <location filename="../models/store/batchwrite.cpp" line="138"/>
        <source>Could not prepare to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/batchwrite.cpp" line="115"/>
        <location filename="../models/store/batchwrite.cpp" line="148"/>
        <location filename="../models/store/batchwrite.cpp" line="153"/>
        <source>Could not write %1</source>
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
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="39"/>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="38"/>
        <source>Case Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="50"/>
        <source>&amp;Allocated on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="51"/>
        <source>&amp;Initial preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="52"/>
        <source>&amp;Finalised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="53"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="84"/>
        <source>%1. Initial preparation due %2, finalised due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="115"/>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/casepreparationdialog.cpp" line="133"/>
        <source>Reloaded with the stored dates. You had entered: allocated %1, initial preparation %2, finalised %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadExporter</name>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="18"/>
        <source>Export cancelled: no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="95"/>
        <source>An export of personal data needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="184"/>
        <location filename="../models/io/caseloadexporter.cpp" line="245"/>
        <source>Could not create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="187"/>
        <location filename="../models/io/caseloadexporter.cpp" line="249"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/caseloadexporter.cpp" line="206"/>
        <source>%n people are more than an Excel sheet can hold; export to CSV instead, or narrow the filter</source>
        <translation>
            <numerusform>%n people are more than an Excel sheet can hold; export to CSV instead, or narrow the filter</numerusform>
            <numerusform>%n people are more than an Excel sheet can hold; export to CSV instead, or narrow the filter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="215"/>
        <source>Could not create a temporary file for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="220"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/caseloadexporter.cpp" line="242"/>
        <source>Could not read back the Excel file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="213"/>
        <source> (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="215"/>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="177"/>
        <source>Ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="210"/>
        <source>Removed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="294"/>
        <source>Band set by a team leader&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="339"/>
        <source>Longest sentence of the person&apos;s criminal cases, in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="341"/>
        <source>Open barriers to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="343"/>
        <source>Effective band: a team leader&apos;s override where there is one, else the computed band. Sorted by band, then within a band by urgency: the longest run of breaches first, then the nearest diary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="348"/>
        <source>The outcome of the person&apos;s last reporting event that was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="350"/>
        <source>When the person&apos;s last reporting event that was due was scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="352"/>
        <source>Breaches since the person last reported (the non-compliance queue&apos;s run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="354"/>
        <source>The due date of the person&apos;s earliest diary entry not done, overdue or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="357"/>
        <source>Days since someone last recorded a note, a follow-up step, a barrier, a travel document, a review or an allocation for the person (CID&apos;s imports do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="361"/>
        <source>Taskings to a reporting centre not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="370"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="372"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="374"/>
        <source>Person ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="376"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="378"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="380"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="382"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="384"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="386"/>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="388"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="390"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="392"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="394"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="396"/>
        <source>Last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="398"/>
        <source>Last due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="400"/>
        <source>Breaches in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="402"/>
        <source>Next diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="404"/>
        <source>Days since action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/caseloadmodel.cpp" line="406"/>
        <source>Taskings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadStore</name>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="248"/>
        <source>Could not count the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="303"/>
        <location filename="../models/store/caseloadstore.cpp" line="370"/>
        <source>Could not read the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/caseloadstore.cpp" line="388"/>
        <source>Could not list the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="54"/>
        <source>&amp;Window over an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="55"/>
        <source>Show re&amp;moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="56"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="58"/>
        <source>&amp;Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="61"/>
        <source>Search names and references (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="70"/>
        <source>People whose reporting window is longer than one hour: an arrest team tasked to detain them on reporting would wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="73"/>
        <source>Also list the people whose removal is recorded as carried out: they have left the non-detained stock and are not banded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="85"/>
        <source>All bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="88"/>
        <source>Not banded (detained, or no criminal case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="91"/>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="92"/>
        <source>In a run of breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="93"/>
        <source>Diary due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="94"/>
        <source>Open taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/caseload/caseloadview.cpp" line="95"/>
        <source>No action in %n day(s)</source>
        <translation>
            <numerusform>No action in %n day</numerusform>
            <numerusform>No action in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="96"/>
        <source>Only the people who need this: each matches one of the columns beside the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="99"/>
        <source>&amp;Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="101"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="103"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="105"/>
        <source>&amp;Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="192"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="194"/>
        <source>Allocate the selected people to a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="240"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="242"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="243"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="248"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="251"/>
        <source>(no unit recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="256"/>
        <source>(no case owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="311"/>
        <source>Search = “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="313"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="315"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="317"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="319"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="323"/>
        <source>No people yet.
Use File → Import CID Extract, or File → Fill with Demo Data to try Lodestar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="335"/>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="421"/>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/caseload/caseloadview.cpp" line="422"/>
        <source>Select the people to allocate first (Ctrl+click or Shift+click for several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentresView</name>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="24"/>
        <source>Record &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="34"/>
        <source>Open taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="36"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="68"/>
        <source>All centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="80"/>
        <source>Reporting Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lists/centresview.cpp" line="82"/>
        <source>%n open tasking(s)</source>
        <translation>
            <numerusform>%n open tasking</numerusform>
            <numerusform>%n open taskings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="93"/>
        <source>%1 for %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/centresview.cpp" line="105"/>
        <source>Cannot record the feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <location filename="../models/store/changewatcher.cpp" line="48"/>
        <location filename="../models/store/changewatcher.cpp" line="74"/>
        <source>The connection to the database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <location filename="../widgets/dashboard/chartbuilder.cpp" line="268"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/chartbuilder.cpp" line="292"/>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterFlightDialog</name>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="29"/>
        <source>Charter Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="29"/>
        <source>New Charter Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="31"/>
        <source>e.g. CH-2026-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="33"/>
        <source>Country or airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="46"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="47"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="48"/>
        <source>De&amp;parts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="49"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="76"/>
        <source>Give the flight a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="99"/>
        <source>Reloaded with the stored flight. You had entered: %1 to %2, departing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/charterflightdialog.cpp" line="105"/>
        <source>The charter flight is no longer recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterFlightsModel</name>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="44"/>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="49"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="51"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="68"/>
        <source>Asylum claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="70"/>
        <source>JR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="72"/>
        <source>Further reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="74"/>
        <source>Not encountered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="76"/>
        <source>No visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="147"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="154"/>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="156"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="158"/>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="160"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="162"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="164"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/charterflightsmodel.cpp" line="166"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CidImporter</name>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="241"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="274"/>
        <source>%1 is refused: it ends part-way through a row (line %2, with no line break after it), as a file cut short does. Nothing was imported; ask for the extract again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="293"/>
        <source>Import cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="308"/>
        <source>%1 is refused: it is empty, with no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="312"/>
        <source>%1 is refused: its header row is not valid CSV (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="325"/>
        <source>%1 is refused: column %2 appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="331"/>
        <source>%1 is refused: required column %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="342"/>
        <location filename="../models/io/cidimporter.cpp" line="702"/>
        <location filename="../models/io/cidimporter.cpp" line="853"/>
        <location filename="../models/io/cidimporter.cpp" line="980"/>
        <source>%1 is refused: it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="381"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="385"/>
        <source>%1 &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="390"/>
        <source>%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="428"/>
        <source>nationality &apos;%1&apos; is not a three-letter country code (ISO 3166-1 alpha-3, e.g. JAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="438"/>
        <source>sentence_months &apos;%1&apos; is not a whole number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="440"/>
        <source>sentence_months &apos;%1&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="452"/>
        <source>reporting_window &apos;%1&apos; is not a time range HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="454"/>
        <source>reporting_window &apos;%1&apos; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="463"/>
        <source>flags: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="471"/>
        <source>case_ref %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="500"/>
        <source>person %1: details differ from line %2; this later row wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="557"/>
        <location filename="../models/io/cidimporter.cpp" line="822"/>
        <source>%1 could not be read to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/cidimporter.cpp" line="587"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="593"/>
        <source>This extract leaves out %1 of the %2 cases held (%3%), more than the %4% an import marks missing without asking: %5. An extract cut short or mangled upstream looks like this. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="746"/>
        <source>event_ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="748"/>
        <source>person_ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="750"/>
        <source>scheduled is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="753"/>
        <source>scheduled &apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="755"/>
        <source>outcome &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="759"/>
        <source>person_ref %1 is not a known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/cidimporter.cpp" line="778"/>
        <source>event_ref %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearBarrierDialog</name>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="29"/>
        <source>Clear a Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="29"/>
        <source>Certify a CID Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="32"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="55"/>
        <source>A RED.0004 notice was served on %1, before this barrier was raised: it can be certified under RED.0004.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="68"/>
        <source>Added to the barrier&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="73"/>
        <source>C&amp;lear Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="73"/>
        <source>C&amp;ertify Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="76"/>
        <source>Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="77"/>
        <source>Cleared &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="77"/>
        <source>Certified &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="78"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="80"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="166"/>
        <source>It was cleared on %1 (%2): there is nothing left to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/clearbarrierdialog.cpp" line="173"/>
        <source>The barrier is no longer on the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands.cpp" line="102"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="120"/>
        <source>The Lodestar database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="128"/>
        <source>Act as this user (default: $LODESTAR_USER, else the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="136"/>
        <source>Why this personal data leaves Lodestar, for the audit trail (default: &quot;%1&quot;). At most %2 characters are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="181"/>
        <source>%1 on %2: %3 (leave out --user and $LODESTAR_USER to act as yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="189"/>
        <source>--user %1: on the team database %2 you act as its login, %3; to act as %1, connect as %1 (postgresql://%1@host/database) with their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="209"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="220"/>
        <source>Lodestar: the casework workbench. Without --database, opens your own database, creating it on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="240"/>
        <source>Lodestar cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="248"/>
        <source>Lodestar cannot act as that user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="272"/>
        <source>Writes a synthetic caseload of invented people into a new or empty database. The same seed gives the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="277"/>
        <source>Number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="280"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="284"/>
        <source>Date the history runs up to (default 2026-11-23, so that the same seed gives the same figures on any day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="293"/>
        <location filename="../app/commands.cpp" line="509"/>
        <location filename="../app/commands.cpp" line="949"/>
        <source>--database PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="299"/>
        <source>--persons &apos;%1&apos; is not a number between 1 and 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="305"/>
        <source>--seed &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="329"/>
        <source>Wrote %1 invented people to %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="345"/>
        <source>Imports the daily CID extract (cases.csv, optionally reporting.csv) in one transaction. Rows that break the contract are rejected and listed; the rest are imported. Exit 0 when the import ran, 2 when a file is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="351"/>
        <source>The cases.csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="354"/>
        <source>The reporting.csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="357"/>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="360"/>
        <source>Import even when the extract leaves out more than %1% of the cases held (they are marked missing). Without it such an extract, the sign of a file cut short, is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="372"/>
        <source>--database PATH and --cases FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="391"/>
        <source>--allow-missing imports it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="463"/>
        <source>Prints the headline figures of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="472"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="479"/>
        <source>Publish the figures as they stand today: keep them for good with the people behind each, to be printed again (--snapshot) and compared (lodestar compare). A team leader&apos;s or a manager&apos;s. Prints them with their &quot;snapshot_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="484"/>
        <source>With --publish: what the publication is for (&quot;Quarterly return Q3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="489"/>
        <source>Print the figures published as snapshot ID, exactly as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="493"/>
        <source>List the published snapshots: id, when, who, as of, people, label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="514"/>
        <source>--publish, --snapshot and --snapshots go one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="517"/>
        <source>--as-of goes with neither --publish (a publication is taken now) nor --snapshot (it has its own date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="521"/>
        <location filename="../app/commands.cpp" line="842"/>
        <source>--label goes with --publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="527"/>
        <source>--snapshot &apos;%1&apos; is not a snapshot id (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="599"/>
        <source>Compares one figure between a published snapshot and another, or now: the two values, then every person who joined or left it with the fact that changed, grouped by reason. The counts add up: to = from + joined - left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="605"/>
        <source>The figure&apos;s key, as figures --json spells it (by_band/3, reporting, flags/ZINCS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="609"/>
        <source>The earlier published snapshot&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="612"/>
        <source>The later snapshot&apos;s id, or now (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="615"/>
        <source>Print one JSON object: figure, from, to, definition_changed, joined, left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="625"/>
        <source>--database PATH, --figure KEY and --from ID are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="630"/>
        <source>there is no figure called &apos;%1&apos; (lodestar figures --definitions lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="636"/>
        <source>%1 counts %2, not people: only a figure of people is explained person by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="645"/>
        <source>--from and --to take a snapshot id (a whole number from 1); --to also takes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="669"/>
        <source>snapshot %1 did not keep the people behind %2 (it was published before the figure existed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="720"/>
        <location filename="../app/commands.cpp" line="830"/>
        <source>--reason is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="815"/>
        <source>Publish the figures with the report (as figures --publish does): the cover names the snapshot that prints them again. Only for the whole caseload as it stands today (no --as-of, --from, --team or --unit). A team leader&apos;s or a manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="820"/>
        <source>With --publish: what the publication is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="838"/>
        <source>--publish is for the whole caseload today: leave out --as-of, --from, --team and --unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="921"/>
        <source>Published the figures as snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="934"/>
        <source>Checks the audit trail&apos;s hash chain: every entry unedited and none removed or inserted. Prints the newest entry (the head): kept somewhere else and given back later with --expect-head, it also shows entries cut from the end. Exit 0 when it is intact, 1 when it is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="942"/>
        <source>An entry an earlier run printed as the head, which the log must still hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="960"/>
        <source>--expect-head &apos;%1&apos; is not ID:SHA256 (an entry number, a colon, 64 hex digits) as audit-verify prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="984"/>
        <source>Head: %1:%2 (keep it elsewhere; --expect-head with it later also finds entries cut from the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1006"/>
        <source>Copies a local database to a new file while it is in use (SQLite&apos;s online backup: one consistent snapshot, other Lodestars keep working), then checks the copy: SQLite&apos;s integrity check and the audit trail&apos;s hash chain. The file is readable by you alone and never replaces an existing one. Exit 0 when the copy is good, 1 when it failed (nothing is left behind). A team database is backed up with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1014"/>
        <source>The backup file to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1020"/>
        <source>--database PATH and --out FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1023"/>
        <source>%1 is a team database on PostgreSQL: back it up with pg_dump as the database&apos;s owner (see the README, &quot;Backup and restore&quot;), then check it with lodestar audit-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1034"/>
        <source>Backed up %1 to %2: %3 pages, %4, schema %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands.cpp" line="1040"/>
        <source>Checked: integrity ok, audit trail intact (%n entry(ies))</source>
        <translation>
            <numerusform>Checked: integrity ok, audit trail intact (%n entry)</numerusform>
            <numerusform>Checked: integrity ok, audit trail intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1055"/>
        <source>The Lodestar database file to restore to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1057"/>
        <source>Checks a backup (SQLite&apos;s integrity check, a Lodestar database this version understands, the audit trail&apos;s hash chain) and, only when it passes, puts a copy of it at --database. A file already there is kept, renamed to PATH.before-restore-YYYYMMDD-HHMMSS; restoring is refused while another Lodestar has it open. Exit 0 when restored, 1 when refused (nothing changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1063"/>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1070"/>
        <source>--from FILE and --database PATH are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1073"/>
        <source>%1 is a team database on PostgreSQL: restore its pg_dump with pg_restore or psql as the database&apos;s owner (see the README, &quot;Backup and restore&quot;), then check it with lodestar audit-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1081"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands.cpp" line="1084"/>
        <source>Checked %1: integrity ok, schema %2, audit trail intact (%n entry(ies))</source>
        <translation>
            <numerusform>Checked %1: integrity ok, schema %2, audit trail intact (%n entry)</numerusform>
            <numerusform>Checked %1: integrity ok, schema %2, audit trail intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1091"/>
        <source>Kept the database that was there as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="1093"/>
        <source>Restored %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="977"/>
        <source>Audit trail broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands.cpp" line="981"/>
        <source>Audit trail intact: %n entry(ies)</source>
        <translation>
            <numerusform>Audit trail intact: %n entry</numerusform>
            <numerusform>Audit trail intact: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="785"/>
        <source>Writes the management report (every dashboard chart with its definition and its numbers, the as-of date, who produced it and the database) as an A4 PDF, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="467"/>
        <source>Date the figures are taken at, meaning the end of that day (default today), or a minute within a day (YYYY-MM-DDTHH:MM): reporting events scheduled after it are pending, not breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="475"/>
        <source>Print what each figure and chart counts, one per line (with --json, one object); needs no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="537"/>
        <source>--as-of &apos;%1&apos; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="701"/>
        <source>%1; dashboard:ID (compared with publication ID) or published:ID/FIGURE; or person:&lt;person_ref&gt;[/TAB] with TAB one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="791"/>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="795"/>
        <source>Date the report is taken at, the period&apos;s last day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="799"/>
        <source>The period&apos;s first day (default: the first of the month 11 months before --as-of, so the period is 12 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="803"/>
        <source>Only this team&apos;s people (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="806"/>
        <source>Only this owning unit (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="832"/>
        <source>--database PATH and --out FILE.pdf are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="857"/>
        <source>--from &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="860"/>
        <source>--from %1 is after the as-of date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="877"/>
        <source>%1 &apos;%2&apos; is not in %3; it is one of: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="901"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands.cpp" line="918"/>
        <source>Wrote %1: %n pages</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="311"/>
        <location filename="../app/commands.cpp" line="851"/>
        <source>--as-of &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="695"/>
        <source>Renders the main window showing a view to a PNG file, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="706"/>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="709"/>
        <source>Window size (default 1400x860).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="723"/>
        <source>--database PATH and --out FILE.png are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="730"/>
        <source>--size &apos;%1&apos; is not WxH between 200 and 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="750"/>
        <source>%1: cannot write the PNG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="40"/>
        <source>People who joined or left the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="41"/>
        <source>Enter opens the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="59"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="66"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="71"/>
        <source>Joined: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="73"/>
        <source>Left: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/comparisonpanel.cpp" line="79"/>
        <source>Nobody joined or left %1 between the two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../widgets/common/conflictprompt.cpp" line="18"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/conflictprompt.cpp" line="21"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="48"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="60"/>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="62"/>
        <source>e.g. lodestar-db.team.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="69"/>
        <source>e.g. casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="73"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="75"/>
        <source>Optional (default: ~/.postgresql/root.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="77"/>
        <source>The team&apos;s CA certificate (.pem): a server on another machine must show a certificate it signed for the host name above, or Lodestar does not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="83"/>
        <location filename="../widgets/window/connectdialog.cpp" line="259"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="86"/>
        <source>Connect to your team&apos;s shared Lodestar database on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="88"/>
        <source>Leave the password empty to use PGPASSWORD or ~/.pgpass; Lodestar asks if the server needs one. Passwords are never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="95"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="96"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="97"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="98"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="99"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="103"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="107"/>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="108"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="113"/>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="223"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="236"/>
        <source>Could not connect to %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="252"/>
        <source>Team Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="256"/>
        <source>Connecting to %1.
The password was not accepted. Enter it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="258"/>
        <source>Connecting to %1.
The server asks for a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/connectdialog.cpp" line="281"/>
        <source>The server needs a password and none was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/io/csvreader.cpp" line="66"/>
        <source>field %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="153"/>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="189"/>
        <source>a quoted field that starts on line %1 runs past %2 bytes without closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="229"/>
        <source>field %1 has a quote but does not start with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="238"/>
        <source>a quoted field that starts on line %1 runs onto the next line and has text after its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="245"/>
        <source>field %1 has text after its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="252"/>
        <source>the record has %1 fields, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="254"/>
        <source>the line is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="126"/>
        <source>Non-detained people by band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="130"/>
        <location filename="../models/figures/dashboard.cpp" line="282"/>
        <location filename="../models/figures/dashboard.cpp" line="514"/>
        <location filename="../models/figures/dashboard.cpp" line="585"/>
        <location filename="../models/figures/dashboard.cpp" line="619"/>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="29"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="135"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="142"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="150"/>
        <source>Non-detained people by owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="160"/>
        <source>(no owning unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="128"/>
        <source>The non-detained stock on the as-of date (a criminal case, not detained, not removed) by band as it stands, the override where one is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="152"/>
        <source>The non-detained stock on the as-of date by the owning unit of their lead case, in bands as they stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="275"/>
        <source>The stock by reporting status, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="276"/>
        <source>The non-detained stock at each month&apos;s end (the as-of date for the last month), split as the figures split it: reporting (required to report, not an absconder), absconders (a countersigned absconder declaration and no &quot;located&quot; since) and not reporting (no restriction, or reporting not required). The three add up to the stock on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="295"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="296"/>
        <source>Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="297"/>
        <source>Not reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="299"/>
        <source>Reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="241"/>
        <source>Could not count the absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="358"/>
        <source>Breaches by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="360"/>
        <source>Reporting events missed (no show, or no outcome recorded) in each of the %1 weeks of 7 days ending on the as-of date; events, not people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="363"/>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="31"/>
        <source>breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="371"/>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="375"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="393"/>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="33"/>
        <source>barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="402"/>
        <source>Open barriers to removal by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="409"/>
        <location filename="../models/figures/dashboard.cpp" line="428"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="422"/>
        <source>Travel-document barriers: top nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="424"/>
        <source>Open travel-document barriers on the as-of date by the person&apos;s nationality, the ten largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="431"/>
        <source>(nationality not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="441"/>
        <source>Removals by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="443"/>
        <source>Per quarter of the business year (Q1 is April to June): removal directions set in the quarter (planned), and those whose outcome in it was a removal (succeeded) or a failure (failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="511"/>
        <source>People referred to Trace and Locate in each business year (1 April to 31 March) of the period, and people located; people, not steps (twice in a year counts once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="583"/>
        <source>The non-detained stock on the as-of date whose 3-monthly review is on time or overdue, by their case owner&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="605"/>
        <source>Next review set for, or due 3 months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="616"/>
        <source>People with a reoffence recorded with an offence date in the quarter of the business year (Q1 is April to June), by their address now: a fixed address or no fixed abode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="446"/>
        <location filename="../models/figures/dashboard.cpp" line="487"/>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="35"/>
        <source>removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="204"/>
        <location filename="../models/figures/dashboard.cpp" line="216"/>
        <source>Could not count the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="395"/>
        <source>Raised on (CID&apos;s: first seen in CID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="404"/>
        <source>Barriers on the register (from CID and recorded in Lodestar) raised on or before the as-of date (CID&apos;s, whose opening day the extract does not give: first seen in CID by then) and not cleared by then; barriers, not people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="452"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="453"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="454"/>
        <location filename="../models/figures/dashboard.cpp" line="493"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="462"/>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="483"/>
        <source>Failed removals by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="485"/>
        <source>Removal directions whose outcome was a failure on a day in the period, by the reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="500"/>
        <source>Failed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="509"/>
        <source>Trace and Locate: referred and located by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="521"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="522"/>
        <source>Located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="531"/>
        <source>Latest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="555"/>
        <source>Could not count Trace and Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="581"/>
        <source>Review compliance by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="593"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="595"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="599"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="614"/>
        <source>Reoffending in the community by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="625"/>
        <source>Fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="629"/>
        <source>No fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="642"/>
        <source>Latest offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="702"/>
        <source>Could not compute the chart &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="847"/>
        <source>The dashboard needs a period whose start is on or before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="851"/>
        <source>There is no chart called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="937"/>
        <source>There is no such part of a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="944"/>
        <source>Could not count the rows behind the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="954"/>
        <source>Could not read the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/dashboard.cpp" line="967"/>
        <source>Could not read the owning units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message numerus="yes">
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="209"/>
        <source>… and %n more, counted in the total</source>
        <translation>
            <numerusform>… and %n more, counted in the total</numerusform>
            <numerusform>… and %n more, counted in the total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="320"/>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="347"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="325"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="365"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="370"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="375"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="385"/>
        <source>Lodestar · %1 · as at %2 · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="414"/>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="496"/>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="598"/>
        <source>Lodestar management report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="418"/>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="498"/>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="424"/>
        <source>As at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="425"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="426"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="427"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="428"/>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="429"/>
        <source>Produced at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="430"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="435"/>
        <source>as snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="436"/>
        <source>as snapshot %1, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="437"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="438"/>
        <source>%1: lodestar figures --snapshot %2 prints these figures again, and lodestar compare explains any change since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="456"/>
        <source>Each chart counts as at the date above, for the team, owning unit and period shown, and says in one sentence what it counts. The charts that follow a period count within it; the others are a snapshot on the as-of date. Quarters and years are those of the business year, 1 April to 31 March (&quot;Q4 2025/26&quot; is January to March 2026), cut to the period; months are calendar months. The same figures are on Lodestar&apos;s dashboard, where every bar or slice opens the list of exactly the people or records it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="466"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="471"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="471"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="472"/>
        <source>Total counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="479"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="480"/>
        <source>counted per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="506"/>
        <source>Period %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="512"/>
        <source>As at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="536"/>
        <source>Cannot start drawing the management report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="546"/>
        <source>Cannot start page %1 of the management report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="552"/>
        <source>Cannot finish the management report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="579"/>
        <source>A report of personal data needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="583"/>
        <source>The report&apos;s period %1 to %2 is not a valid period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardreport.cpp" line="591"/>
        <source>Cannot write the report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="109"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="110"/>
        <source>Save report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="111"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="124"/>
        <source>Reads the database again and redraws every chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="126"/>
        <source>The management report: a cover page and every chart with its definition and its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="133"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="135"/>
        <source>Owning &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="137"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="139"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="143"/>
        <source>A publication of the figures to set the headline figures of now against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="145"/>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="247"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="661"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="253"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="662"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="262"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="690"/>
        <source>The teams cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="264"/>
        <source>The owning units cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="306"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="308"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="310"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="312"/>
        <source>Absconders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="314"/>
        <source>Not reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="316"/>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="318"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="320"/>
        <source>Ripe for progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="348"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="355"/>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="356"/>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="363"/>
        <source>The published figures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="402"/>
        <source>Publication #%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="424"/>
        <source>The figures of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="459"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="473"/>
        <source>%1: not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="475"/>
        <source>Publication #%1 was published before this figure existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="507"/>
        <source>The period is empty: From must be on or before To. The charts still show %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="520"/>
        <source>The dashboard cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="521"/>
        <source>The dashboard cannot be computed for this filter (the charts still show the last one): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="589"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="590"/>
        <source>Save this chart as PNG or PDF, or list the rows behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="604"/>
        <source>Changes since the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="605"/>
        <source>Who joined or left each bar since the publication chosen under Compare with, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="661"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="663"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="670"/>
        <source>As at %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="703"/>
        <source>%1&lt;br&gt;(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="708"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="714"/>
        <source>Since %1: nobody joined or left any bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="716"/>
        <source>Since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="757"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="875"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="762"/>
        <source>%1: %2
Click for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="864"/>
        <source>Save chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="865"/>
        <source>Save chart as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="867"/>
        <source>&amp;List the rows behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="877"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="884"/>
        <source>&amp;Changes since the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="887"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="915"/>
        <source>%1 · Lodestar, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="919"/>
        <source>In brackets under each bar: its change since publication %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="939"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="961"/>
        <source>No such chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="954"/>
        <source>Cannot write the PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="970"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="980"/>
        <source>Cannot write the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="994"/>
        <source>Save the chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="994"/>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="995"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1071"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="995"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1000"/>
        <source>Save the chart “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1014"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1046"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1061"/>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1088"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1020"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1028"/>
        <source>Lodestar dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1031"/>
        <source>Print the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1037"/>
        <source>Print the dashboard report on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1047"/>
        <source>Nothing was printed, as the disclosure could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1070"/>
        <source>Save the dashboard report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="1076"/>
        <source>Save the dashboard report as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataQualityModel</name>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="103"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="153"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="155"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="157"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="159"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="161"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="163"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/dataqualitymodel.cpp" line="165"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataQualityRules</name>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="45"/>
        <source>Ownership unclear or obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="47"/>
        <source>No case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="49"/>
        <source>Band override without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="51"/>
        <source>Reporting window missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="53"/>
        <source>Reporting window over an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="55"/>
        <source>Reporting outcomes left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="57"/>
        <source>No criminal case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="59"/>
        <source>Removed, CID not yet updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="68"/>
        <source>Allocate the person to a caseworker; ask CID to correct the owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="70"/>
        <source>Allocate the person to a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="72"/>
        <source>Open the record and set the override again with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="74"/>
        <source>Open the Reporting tab and set the restriction&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="76"/>
        <source>Open the Reporting tab and narrow the window to an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="78"/>
        <source>Open the Reporting tab and record what happened at each event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="80"/>
        <source>Ask CID to record the criminal case, or to take the person off the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dataqualityrules.cpp" line="82"/>
        <source>Ask CID to close the criminal case and record the removal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataQualityStore</name>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="89"/>
        <source>Could not read the clean-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="102"/>
        <source>No owning unit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="103"/>
        <source>Owning unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="106"/>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/dataqualitystore.cpp" line="109"/>
        <source>%n event(s) with no outcome</source>
        <translation>
            <numerusform>%n event with no outcome</numerusform>
            <numerusform>%n events with no outcome</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="112"/>
        <source>Reports %1, no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="115"/>
        <source>Removed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/dataqualitystore.cpp" line="118"/>
        <source>%n CID case(s), none criminal</source>
        <translation>
            <numerusform>%n CID case, none criminal</numerusform>
            <numerusform>%n CID cases, none criminal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/dataqualitystore.cpp" line="141"/>
        <source>Could not count the clean-up list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataQualityView</name>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="24"/>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="24"/>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="30"/>
        <location filename="../widgets/lists/dataqualityview.cpp" line="162"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="33"/>
        <source>Open the person&apos;s record where this is put right (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="37"/>
        <source>All issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="51"/>
        <source>Records needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="53"/>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="115"/>
        <source>Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="152"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="154"/>
        <source>No records need attention across the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="155"/>
        <source>Across the caseload: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="155"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="156"/>
        <source>Shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/dataqualityview.cpp" line="166"/>
        <source>Nothing to clean up.
Every person has a clear owning unit and a case owner, every band override has its reason, every reporting window is set and within an hour, and every reporting event due has its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/db/database.cpp" line="87"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="90"/>
        <location filename="../models/db/database.cpp" line="360"/>
        <location filename="../models/db/database.cpp" line="389"/>
        <location filename="../models/db/database.cpp" line="419"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="93"/>
        <source>%1 is empty: it is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="96"/>
        <source>%1 is not a Lodestar database (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="98"/>
        <source>%1 is corrupt: its header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="105"/>
        <source>%1 is corrupt: its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="114"/>
        <source>%1 is corrupt: the file has been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="115"/>
        <source>%1 bytes, header expects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="144"/>
        <source>%1: this login may not read the Lodestar database (it lacks the team&apos;s grants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="184"/>
        <location filename="../models/db/database.cpp" line="212"/>
        <location filename="../models/db/database.cpp" line="562"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="259"/>
        <source>%1 is not a PostgreSQL location: write postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="267"/>
        <source>%1: put no password in the database location; set PGPASSWORD, use ~/.pgpass or let Lodestar ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="282"/>
        <source>%1: the option &apos;%2&apos; cannot be given here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="311"/>
        <source>%1: this Lodestar cannot reach PostgreSQL (the Qt PostgreSQL driver QPSQL is not installed; on Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="338"/>
        <source>%1: the server asks for a password (set PGPASSWORD or use ~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="341"/>
        <source>%1: the server refused the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="345"/>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="356"/>
        <source>Cannot use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="373"/>
        <source>%1 has schema %2 and this Lodestar needs %3: only the database&apos;s owner account (%4) may upgrade it; ask whoever runs the server to open it once as that account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="392"/>
        <source>%1 holds tables but is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="394"/>
        <source>%1 is empty: it has no Lodestar database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="474"/>
        <source>%1 can be %2 by other users of this computer; to keep it to yourself, make it private (chmod 600 on it, with Lodestar closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="477"/>
        <source>read and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="478"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="503"/>
        <location filename="../models/db/database.cpp" line="507"/>
        <location filename="../models/db/database.cpp" line="513"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="529"/>
        <location filename="../models/db/database.cpp" line="544"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="538"/>
        <source>Cannot make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="125"/>
        <source>%1 is corrupt or not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="132"/>
        <source>%1 is an SQLite database but not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="148"/>
        <source>%1 is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="159"/>
        <source>%1 is not a Lodestar database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="161"/>
        <source>%1 was written by a newer Lodestar (schema %2; this version understands up to %3). Update Lodestar to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/database.cpp" line="442"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../models/domain/daterange.cpp" line="24"/>
        <source>Give a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterange.cpp" line="47"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterange.cpp" line="51"/>
        <source>Between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterange.cpp" line="53"/>
        <source>On or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterange.cpp" line="55"/>
        <source>On or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterange.cpp" line="57"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRules</name>
    <message>
        <location filename="../models/domain/daterules.cpp" line="13"/>
        <location filename="../models/domain/daterules.cpp" line="109"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="14"/>
        <location filename="../models/domain/daterules.cpp" line="149"/>
        <location filename="../models/domain/daterules.cpp" line="209"/>
        <source>%1 is before %2: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="28"/>
        <source>%1 is after today: a barrier cannot be raised in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="34"/>
        <source>%1 is after today: a barrier cannot be cleared in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="38"/>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="38"/>
        <source>first seen in CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="39"/>
        <source>%1 is before the barrier was raised on %2: a barrier cannot be cleared before it was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="41"/>
        <source>%1 is before the barrier was first seen in CID on %2: it cannot be cleared before then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="49"/>
        <source>%1 is after today: a review cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="52"/>
        <source>the person&apos;s first case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="53"/>
        <source>%1 is before the person&apos;s first case (%2): a review cannot be dated before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="64"/>
        <source>3 months on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="65"/>
        <source>%1 is not after this review: set the next review on %2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="66"/>
        <source>%1 is more than 3 months on: the next review must be by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="74"/>
        <location filename="../models/domain/daterules.cpp" line="168"/>
        <source>a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="76"/>
        <source>10 years ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="77"/>
        <source>%1 is more than a year ago: a diary entry is an action still to take, and this one would be overdue at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="79"/>
        <source>%1 is more than 10 years ahead: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="81"/>
        <source>The due date %1 is in the past: the entry will be overdue at once, by %2 days. Add it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="83"/>
        <source>a day in the past asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="90"/>
        <source>%1 is after today: an event is recorded once its day has come (an absence known in advance is recorded as excused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="92"/>
        <source>%1 is more than 90 days ahead: excuse an event in advance for the next 90 days at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="95"/>
        <source>90 days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="102"/>
        <source>%1 is after today: a follow-up step cannot be recorded before it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="111"/>
        <location filename="../models/domain/daterules.cpp" line="148"/>
        <location filename="../models/domain/daterules.cpp" line="182"/>
        <source>a year ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="112"/>
        <source>%1 is before today: a tasking is for a reporting event still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="113"/>
        <source>%1 is more than a year ahead: task the centre nearer the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="120"/>
        <source>%1 is after today: an allocation takes effect today or earlier, not later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="125"/>
        <source>%1 is after today: the offence cannot be dated after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="130"/>
        <source>%1 is after today: a case is allocated today or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="135"/>
        <source>%1 is after today: preparation is recorded once done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="140"/>
        <source>%1 is after today: directions are recorded once set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="150"/>
        <source>%1 is more than a year ahead: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="156"/>
        <source>%1 is after today: a notice is recorded once served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="161"/>
        <source>%1 is after today: an outcome is recorded once it is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="170"/>
        <source>2 years ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="171"/>
        <source>%1 is more than a year ago: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="172"/>
        <source>%1 is more than 2 years ahead: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="180"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="183"/>
        <source>%1 is not after today: a hold lasts until a day still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="184"/>
        <source>%1 is more than a year ahead: hold for a year at most, then look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="190"/>
        <source>%1 is after today: an application is recorded once made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="195"/>
        <source>%1 is after today: an interview is recorded as tasked once tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="200"/>
        <source>%1 is after today: an interview is recorded as held once held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="208"/>
        <source>15 years ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daterules.cpp" line="210"/>
        <source>%1 is more than 15 years ahead: check the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="923"/>
        <source>Could not read the demo removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="957"/>
        <location filename="../models/demo/demogenerator.cpp" line="1312"/>
        <location filename="../models/demo/demogenerator.cpp" line="1477"/>
        <location filename="../models/demo/demogenerator.cpp" line="1934"/>
        <location filename="../models/demo/demogenerator.cpp" line="2307"/>
        <location filename="../models/demo/demogenerator.cpp" line="2404"/>
        <source>Could not read the demo people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="988"/>
        <location filename="../models/demo/demogenerator.cpp" line="1218"/>
        <source>Could not read the demo diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1443"/>
        <source>Could not read the demo barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="2075"/>
        <source>Could not read the demo caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="2485"/>
        <source>The demo reference date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="2487"/>
        <source>The number of demo people cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="2491"/>
        <source>Could not read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="2493"/>
        <source>Demo data can only be added to an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="2542"/>
        <source>Could not update the database&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="42"/>
        <source>Choose a person before adding a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="55"/>
        <source>Choose a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="75"/>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="76"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="79"/>
        <source>Done by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/diarymodel.cpp" line="81"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="83"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="84"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="117"/>
        <source>Created by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="128"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="130"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="132"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/diarymodel.cpp" line="134"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <location filename="../models/store/diarystore.cpp" line="41"/>
        <source>A diary entry needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="43"/>
        <source>A diary entry needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="45"/>
        <source>A diary entry needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="104"/>
        <source>Could not add the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="75"/>
        <location filename="../models/store/diarystore.cpp" line="124"/>
        <location filename="../models/store/diarystore.cpp" line="213"/>
        <location filename="../models/store/diarystore.cpp" line="248"/>
        <location filename="../models/store/diarystore.cpp" line="263"/>
        <source>Could not read the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="139"/>
        <location filename="../models/store/diarystore.cpp" line="190"/>
        <source>Could not update the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="156"/>
        <location filename="../models/store/diarystore.cpp" line="168"/>
        <source>Could not update the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/diarystore.cpp" line="142"/>
        <location filename="../models/store/diarystore.cpp" line="192"/>
        <source>diary entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message>
        <location filename="../models/io/disclosurelog.cpp" line="12"/>
        <source>%1 was not written, as its disclosure could not be recorded in the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/disclosurelog.cpp" line="18"/>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/disclosurelog.cpp" line="26"/>
        <source>%1 was removed, as its disclosure could not be recorded in the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="14"/>
        <source>Criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="16"/>
        <source>Asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="18"/>
        <source>Further representations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="20"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="22"/>
        <source>Judicial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="24"/>
        <source>Modern slavery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="34"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="36"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="43"/>
        <source>None (level 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="45"/>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="47"/>
        <source>Ex-MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="54"/>
        <source>A (most harmful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="56"/>
        <source>D (low harm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="63"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="65"/>
        <source>Non-detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="72"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="74"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="76"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="78"/>
        <source>Order signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="85"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="87"/>
        <source>Fortnightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="89"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="91"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="93"/>
        <source>Not required to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="100"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="102"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="104"/>
        <source>No show: breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="106"/>
        <source>Blank: breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="113"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="115"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="117"/>
        <source>X (unspecified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="124"/>
        <source>Fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displaytext.cpp" line="126"/>
        <source>No fixed abode (NFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displaytext.cpp" line="142"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawSampleDialog</name>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="28"/>
        <source>&amp;Caseworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="29"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="35"/>
        <source>Draw a Sample of Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="46"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="47"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="52"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="59"/>
        <source>No users recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="61"/>
        <source>No teams recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="71"/>
        <source>The same seed over the same notes draws the same sample: note it to draw this sample again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="86"/>
        <source>Use &amp;Last (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="86"/>
        <source>Use &amp;Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="91"/>
        <source>&amp;Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="93"/>
        <source>Picks notes written in the period by one caseworker or by the members of a team. Write down the seed to draw the same sample again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="105"/>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="110"/>
        <source>Written &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="113"/>
        <source>&amp;Notes in the sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="117"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/drawsampledialog.cpp" line="154"/>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="30"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="32"/>
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="34"/>
        <source>%n barrier(s)</source>
        <translation>
            <numerusform>%n barrier</numerusform>
            <numerusform>%n barriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="36"/>
        <source>%n removal direction(s)</source>
        <translation>
            <numerusform>%n removal direction</numerusform>
            <numerusform>%n removal directions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="37"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="50"/>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="51"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="62"/>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="63"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="63"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="64"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="65"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="77"/>
        <source>Enter or a double-click opens the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="89"/>
        <source>The list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/drilldowndialog.cpp" line="97"/>
        <source> (the chart shows %1: the data has changed since; refresh the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="40"/>
        <source>Nothing to list for this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="50"/>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="56"/>
        <source>Cannot list the rows behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="88"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="90"/>
        <source>(no owning unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="92"/>
        <source>Unowned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="125"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="129"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="131"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="133"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/drilldownmodel.cpp" line="135"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../models/store/editconflict.cpp" line="112"/>
        <location filename="../models/store/editconflict.cpp" line="129"/>
        <source>There is no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="119"/>
        <location filename="../models/store/editconflict.cpp" line="134"/>
        <source>Could not check whether the %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="163"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="164"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="165"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="166"/>
        <source>embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="167"/>
        <source>date applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="168"/>
        <source>interview tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="169"/>
        <source>interview held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="170"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="171"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="172"/>
        <source>date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="173"/>
        <source>planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="174"/>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="175"/>
        <source>charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="176"/>
        <source>RED.0004 served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="177"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="178"/>
        <source>outcome date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="179"/>
        <source>failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="180"/>
        <source>failure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="181"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="182"/>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="183"/>
        <source>departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="184"/>
        <source>allocated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="185"/>
        <source>initial preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="186"/>
        <source>finalised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="187"/>
        <location filename="../models/store/editconflict.cpp" line="188"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="189"/>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="190"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="191"/>
        <location filename="../models/store/editconflict.cpp" line="192"/>
        <location filename="../models/store/editconflict.cpp" line="193"/>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="194"/>
        <source>reporting window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="195"/>
        <location filename="../models/store/editconflict.cpp" line="196"/>
        <source>window warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="197"/>
        <location filename="../models/store/editconflict.cpp" line="198"/>
        <source>countersignature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="199"/>
        <location filename="../models/store/editconflict.cpp" line="200"/>
        <source>sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="201"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="202"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="203"/>
        <location filename="../models/store/editconflict.cpp" line="204"/>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="205"/>
        <location filename="../models/store/editconflict.cpp" line="206"/>
        <location filename="../models/store/editconflict.cpp" line="207"/>
        <location filename="../models/store/editconflict.cpp" line="208"/>
        <source>excuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="209"/>
        <location filename="../models/store/editconflict.cpp" line="210"/>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="211"/>
        <location filename="../models/store/editconflict.cpp" line="212"/>
        <location filename="../models/store/editconflict.cpp" line="213"/>
        <source>clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="214"/>
        <source>band override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="215"/>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="216"/>
        <source>case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="217"/>
        <source>reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="218"/>
        <source>reporting centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="219"/>
        <source>reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="220"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="221"/>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="222"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="223"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="233"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="238"/>
        <source> at %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="243"/>
        <source>%1 deleted this %2%3 after you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/editconflict.cpp" line="253"/>
        <source>%1 changed this %2%3%4 after you opened it. Nothing was saved: reload to see their version and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyListNotice</name>
    <message>
        <location filename="../widgets/common/emptylistnotice.cpp" line="25"/>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/emptylistnotice.cpp" line="33"/>
        <source>Put every filter of this list back to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/emptylistnotice.cpp" line="67"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/emptylistnotice.cpp" line="69"/>
        <source>Nothing to show: %n row(s) hidden by %1.</source>
        <translation>
            <numerusform>Nothing to show: %n row hidden by %1.</numerusform>
            <numerusform>Nothing to show: %n rows hidden by %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/common/emptylistnotice.cpp" line="70"/>
        <source>Nothing to show with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/emptylistnotice.cpp" line="86"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="16"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="17"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="18"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="19"/>
        <source>Band by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="20"/>
        <source>Band rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="21"/>
        <source>Band provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="22"/>
        <source>Band override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="23"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="24"/>
        <source>Reporting centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="25"/>
        <source>Reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="26"/>
        <location filename="../models/domain/fieldlabel.cpp" line="128"/>
        <source>Reporting window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="27"/>
        <source>Open barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="29"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="30"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="31"/>
        <source>Cleared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="32"/>
        <source>How cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="33"/>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="35"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="36"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="37"/>
        <source>Barriers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="38"/>
        <source>Compliance checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="39"/>
        <source>Document progressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="40"/>
        <source>Band confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="41"/>
        <source>Next action set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="42"/>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="43"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="45"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="46"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="47"/>
        <source>Interview tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="48"/>
        <source>Interview held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="49"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="51"/>
        <source>Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="52"/>
        <source>For reporting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="53"/>
        <source>Window warning cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="54"/>
        <source>Centre&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="55"/>
        <source>Feedback by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="56"/>
        <source>Feedback at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="58"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="59"/>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="61"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="62"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="63"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="64"/>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="66"/>
        <location filename="../models/domain/fieldlabel.cpp" line="91"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="67"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="68"/>
        <source>Charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="69"/>
        <source>RED.0004 served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="70"/>
        <source>Outcome date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="71"/>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="72"/>
        <source>Failure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="74"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="75"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="76"/>
        <source>Until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="77"/>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="78"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="79"/>
        <source>Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="81"/>
        <location filename="../models/domain/fieldlabel.cpp" line="97"/>
        <source>Allocated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="82"/>
        <source>Initial preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="83"/>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="85"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="86"/>
        <source>Alternatives tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="87"/>
        <source>Countersigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="88"/>
        <source>Countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="90"/>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="92"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="93"/>
        <source>Electronic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="95"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="96"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="98"/>
        <source>Allocated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="100"/>
        <source>Due to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="101"/>
        <source>Excuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="102"/>
        <source>Excuse details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="104"/>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="105"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="106"/>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="115"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="116"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="118"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="119"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="120"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="121"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="122"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="123"/>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="124"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="125"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="126"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="127"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="129"/>
        <source>Bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="130"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="131"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="132"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="133"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="134"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="135"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="136"/>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/fieldlabel.cpp" line="137"/>
        <source>CID case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChangeDialog</name>
    <message>
        <location filename="../widgets/dashboard/figurechangedialog.cpp" line="17"/>
        <source>%1 — %2: changes since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dashboard/figurechangedialog.cpp" line="23"/>
        <source>From publication %1 to the dashboard&apos;s as-of date, %2. The bar counts the people of %3 on both days, each side by its own facts: someone who moved unit or owner left one bar and joined another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureComparison</name>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="72"/>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="73"/>
        <source>%1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="86"/>
        <source>flag %1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="87"/>
        <source>flag %1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="95"/>
        <location filename="../models/domain/figurecomparison.cpp" line="114"/>
        <location filename="../models/domain/figurecomparison.cpp" line="115"/>
        <location filename="../models/domain/figurecomparison.cpp" line="142"/>
        <location filename="../models/domain/figurecomparison.cpp" line="143"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="107"/>
        <source>missing from the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="108"/>
        <source>back in the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="110"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="111"/>
        <source>removal withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="113"/>
        <source>custody %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="117"/>
        <source>declared absconder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="118"/>
        <source>absconder located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="120"/>
        <source>reporting restriction started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="121"/>
        <source>reporting restriction ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="132"/>
        <source>band override set or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="133"/>
        <source>band %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="137"/>
        <source>owner %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="138"/>
        <location filename="../models/domain/figurecomparison.cpp" line="139"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="141"/>
        <source>unit %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="195"/>
        <source>new in the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="200"/>
        <source>no longer held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="216"/>
        <source>definition changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="220"/>
        <source>no kept fact changed: dates, reporting events, reviews, steps or the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="268"/>
        <source>no owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="268"/>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="270"/>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="270"/>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="299"/>
        <source>definition changed on %1 (version %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="303"/>
        <source>definition changed (version %1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="392"/>
        <source>%1: %2 → %3 (%4 + %5 joined − %6 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="393"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="418"/>
        <source>Joined (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurecomparison.cpp" line="419"/>
        <source>Left (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureComparisonModel</name>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="31"/>
        <source>New in the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="33"/>
        <source>No longer held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="35"/>
        <source>Missing from the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="37"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="39"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="41"/>
        <source>Absconder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="43"/>
        <source>Reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="45"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="47"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="49"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="51"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="53"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="55"/>
        <source>Definition changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="57"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="103"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="103"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="121"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="123"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="125"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/figurecomparisonmodel.cpp" line="127"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureSnapshotStore</name>
    <message numerus="yes">
        <location filename="../models/store/figuresnapshotstore.cpp" line="62"/>
        <source>The label is longer than %n characters</source>
        <translation>
            <numerusform>The label is longer than %n characters</numerusform>
            <numerusform>The label is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/figuresnapshotstore.cpp" line="99"/>
        <source>Could not publish the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/figuresnapshotstore.cpp" line="106"/>
        <source>the snapshot&apos;s person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/figuresnapshotstore.cpp" line="133"/>
        <source>Could not list the published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/figuresnapshotstore.cpp" line="149"/>
        <location filename="../models/store/figuresnapshotstore.cpp" line="187"/>
        <source>Could not read the published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/figuresnapshotstore.cpp" line="151"/>
        <source>No figures were published as snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="130"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="154"/>
        <source>The non-detained stock: people with a criminal case, not detained, not removed on or before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="160"/>
        <source>The stock in band %1 (the effective band: the override where one is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="166"/>
        <source>The stock whose effective band is provisional: a fact not recorded could raise it (an override never is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="172"/>
        <source>People flagged %1, whatever their custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="175"/>
        <source>CID cases held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="175"/>
        <location filename="../models/domain/figuredefinitions.cpp" line="179"/>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="178"/>
        <source>CID cases absent from the newest import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="181"/>
        <source>People not removed all of whose criminal cases have an empty, NO UNIT, NOT IN USE or obsolete Local Immigration Team (the word LIT first) owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="139"/>
        <source>%1; the present: refused for an as-of date before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="149"/>
        <source>Every person held now, whatever their custody or cases (Lodestar keeps no history of who was held before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="187"/>
        <source>Barriers of type &quot;%1&quot; open on the register at the end of the as-of date (CID&apos;s and Lodestar&apos;s; a case in CID&apos;s first import counts as standing already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="192"/>
        <location filename="../models/domain/figuredefinitions.cpp" line="255"/>
        <source>barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="194"/>
        <source>The stock with a criminal sentence of 12 months or more, no deportation decision, and the sentence ended over 12 months before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="199"/>
        <source>The stock required to report (a frequency other than none), absconders left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="204"/>
        <source>The stock with a countersigned absconder declaration and no &quot;located&quot; since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="209"/>
        <source>The stock neither reporting nor absconders: no restriction, or reporting not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="214"/>
        <source>Breach events scheduled in the 7 days ending at the as-of moment (events after it are pending, not breaches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="217"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="219"/>
        <source>People with a breach scheduled in the 7 days ending at the as-of moment, whatever their custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="224"/>
        <source>The stock with 3 or more breaches in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="226"/>
        <source>The non-compliance queue: the stock in a current run of breaches, however old the last breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="231"/>
        <source>The non-compliance queue&apos;s people with a breach in the last 7 days (its filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="236"/>
        <source>The queue&apos;s unactioned rows: absconders left out, no follow-up step since the latest breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="241"/>
        <source>Diary entries due before the as-of date and not done by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="242"/>
        <source>diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="244"/>
        <source>The stock, absconders left out, with no barrier open now (the register as it stands), no removal directions pending or carried out, and no active hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="275"/>
        <source>The stock with a barrier open now (the register as it stands) and no usable travel document: the document to seek while the barrier is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="250"/>
        <source>Barriers known to have been raised on or before the as-of date while removal directions stood (a CID barrier, whose opening day the extract does not give, when its case first appeared in an import after the directions were set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="257"/>
        <source>Removal directions set on or before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="258"/>
        <location filename="../models/domain/figuredefinitions.cpp" line="263"/>
        <location filename="../models/domain/figuredefinitions.cpp" line="268"/>
        <source>removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="260"/>
        <source>Removal directions whose removal was carried out on or before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="266"/>
        <source>Removal directions failed on or before the as-of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="270"/>
        <source>The stock whose case preparation (2 weeks initial, 8 in all) is past a due date and not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="280"/>
        <source>The stock whose 3-monthly review is due before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="283"/>
        <source>The stock whose review is due on the as-of date or in the 30 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="286"/>
        <source>The stock with no case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="288"/>
        <source>Notes drawn into a quality-assurance sample on or before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="290"/>
        <location filename="../models/domain/figuredefinitions.cpp" line="294"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="292"/>
        <source>Notes marked failed in quality assurance on or before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="296"/>
        <source>Issues on the clean-up list (a person with two problems is two issues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="298"/>
        <source>issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="301"/>
        <source>People on the clean-up list for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="305"/>
        <source>People with no criminal case: not foreign national offender cases, so neither banded nor in the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figuredefinitions.cpp" line="310"/>
        <source>People removed on or before the as-of date whose CID criminal case is still open and non-detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="45"/>
        <source>The figures need a valid as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="57"/>
        <location filename="../models/figures/figures.cpp" line="87"/>
        <location filename="../models/figures/figures.cpp" line="102"/>
        <location filename="../models/figures/figures.cpp" line="195"/>
        <location filename="../models/figures/figures.cpp" line="207"/>
        <location filename="../models/figures/figures.cpp" line="223"/>
        <source>Could not compute the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/figures/figures.cpp" line="164"/>
        <source>The figures do not reconcile: %n non-detained person(s) have no band</source>
        <translation>
            <numerusform>The figures do not reconcile: %n non-detained person has no band</numerusform>
            <numerusform>The figures do not reconcile: %n non-detained people have no band</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="166"/>
        <source>Recompute their derived columns from their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="338"/>
        <source>describes the present, not %1: Lodestar keeps no history of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="351"/>
        <source>There is no figure called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/figures/figures.cpp" line="360"/>
        <source>Could not list the people behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="83"/>
        <source>Zincs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="85"/>
        <source>Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="87"/>
        <source>EM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="89"/>
        <source>NFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/personsummary.cpp" line="91"/>
        <source>ACRO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="25"/>
        <source>&amp;Alternatives tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="26"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="32"/>
        <source>Record Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="38"/>
        <source>%1 (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="148"/>
        <source>e.g. spoke to him, will report on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="151"/>
        <source>e.g. sent to the last known address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="154"/>
        <source>e.g. accepted by the arrest team, visit planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="157"/>
        <source>e.g. whereabouts unknown since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="160"/>
        <source>e.g. referral accepted, their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="164"/>
        <source>&amp;Notes (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="165"/>
        <source>What was passed on: last known address, associates, photographs, risks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="43"/>
        <source>Reporting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="44"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="52"/>
        <source>Every procedure tried to re-establish contact: calls, letters, visits, arrest team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="74"/>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="76"/>
        <source>&amp;Taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="27"/>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="164"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="170"/>
        <source>The declaration counts once a team leader has countersigned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/followupdialog.cpp" line="172"/>
        <source>A follow-up of the letter goes into the diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpLadder</name>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="25"/>
        <source>The first step needs at least one breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="28"/>
        <source>Each step must start at the same or a higher count than the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="30"/>
        <source>The warning letter&apos;s follow-up cannot be in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="73"/>
        <source>Phone contact and verbal warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="75"/>
        <source>Failure to Report warning letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="77"/>
        <source>Referral to an arrest team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="79"/>
        <source>Absconder declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="81"/>
        <source>Referral to Trace and Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupladder.cpp" line="83"/>
        <source>Located</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStep</name>
    <message>
        <location filename="../models/domain/followupstep.cpp" line="9"/>
        <source>Say whether the person resumed reporting or was detained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupstep.cpp" line="11"/>
        <source>Say what came of this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupstep.cpp" line="14"/>
        <source>A referral needs notes: what was passed on to the other team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/followupstep.cpp" line="18"/>
        <source>List the alternatives tried before declaring an absconder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStepsModel</name>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="32"/>
        <source>Reporting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="34"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="42"/>
        <source>Needs a team leader&apos;s countersignature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="43"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="49"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="51"/>
        <source>Alternatives tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="52"/>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="75"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="77"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="79"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="81"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/followupstepsmodel.cpp" line="83"/>
        <source>Countersigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <location filename="../models/store/followupstore.cpp" line="50"/>
        <source>A follow-up step needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="52"/>
        <source>A follow-up step needs the date it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="70"/>
        <source>Could not record the follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="77"/>
        <source>Follow up the Failure to Report warning letter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="106"/>
        <location filename="../models/store/followupstore.cpp" line="138"/>
        <source>follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="114"/>
        <source>Could not read the follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="116"/>
        <source>The follow-up step no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="118"/>
        <source>Only an absconder declaration is countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="121"/>
        <source>%1 has already countersigned this declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="124"/>
        <source>Whoever recorded the declaration cannot countersign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="135"/>
        <source>Could not countersign the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="152"/>
        <source>Could not read the follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/followupstore.cpp" line="190"/>
        <source>Could not read the declarations to countersign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="31"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="27"/>
        <source>Place a Hold on Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="29"/>
        <source>e.g. until the judicial review is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="33"/>
        <source>No barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="35"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="38"/>
        <source>The person has no open barrier to wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="42"/>
        <source>&amp;Place Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="44"/>
        <source>The person leaves the progression queues until the date arrives or the barrier clears, whichever comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="51"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="52"/>
        <source>Until a &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/holddialog.cpp" line="53"/>
        <source>Until a &amp;barrier clears:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldsModel</name>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="44"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="46"/>
        <source>Not yet placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="49"/>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="129"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="52"/>
        <source>Ended: barrier cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="53"/>
        <source>Ended: date reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="75"/>
        <source>%1 (cleared %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="77"/>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="83"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="87"/>
        <source>Placed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="119"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="121"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="123"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="125"/>
        <source>Until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/holdsmodel.cpp" line="127"/>
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
    <message>
        <location filename="../models/domain/importchange.cpp" line="31"/>
        <source>Custody changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChangesModel</name>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="37"/>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="41"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="62"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="83"/>
        <source>by the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="89"/>
        <source>%1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="105"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="107"/>
        <source>Person ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="109"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="111"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="113"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importchangesmodel.cpp" line="115"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChangesView</name>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="30"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="31"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="32"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="43"/>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="44"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="45"/>
        <source>C&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="90"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="95"/>
        <source>No import yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="98"/>
        <location filename="../widgets/lists/importchangesview.cpp" line="112"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="116"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="118"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="120"/>
        <source>This import changed nothing for anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importchangesview.cpp" line="121"/>
        <source>No CID extract has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="18"/>
        <source>Import CID Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="21"/>
        <source>cases.csv (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="22"/>
        <source>reporting.csv (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="23"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="28"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="34"/>
        <source>&amp;Cases file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="36"/>
        <source>&amp;Reporting file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="38"/>
        <source>Choose cases.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="39"/>
        <source>Choose reporting.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="41"/>
        <source>The import is one transaction: rows that break the extract contract are listed afterwards, and Cancel imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importdialog.cpp" line="78"/>
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
        <location filename="../widgets/lists/importhistoryview.cpp" line="27"/>
        <source>Every CID import, newest first. Hover over a file name for its SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/importhistoryview.cpp" line="38"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="29"/>
        <source>CID Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="61"/>
        <source>&amp;Save Rejects as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="30"/>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="98"/>
        <source>Save Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="99"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="104"/>
        <source>Cannot save the rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/importresultsdialog.cpp" line="104"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <location filename="../models/store/importstore.cpp" line="170"/>
        <location filename="../models/store/importstore.cpp" line="182"/>
        <location filename="../models/store/importstore.cpp" line="203"/>
        <location filename="../models/store/importstore.cpp" line="215"/>
        <location filename="../models/store/importstore.cpp" line="224"/>
        <location filename="../models/store/importstore.cpp" line="233"/>
        <location filename="../models/store/importstore.cpp" line="243"/>
        <location filename="../models/store/importstore.cpp" line="253"/>
        <source>Could not prepare the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="189"/>
        <source>person (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="194"/>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="199"/>
        <source>reporting event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="266"/>
        <source>Could not bring the planner&apos;s statistics up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="276"/>
        <source>Could not build the index of %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="290"/>
        <source>Could not read the people held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="305"/>
        <source>Could not read the cases held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="346"/>
        <source>Could not read the reporting events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="373"/>
        <source>Could not read earlier imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="387"/>
        <location filename="../models/store/importstore.cpp" line="401"/>
        <source>Could not number the new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="668"/>
        <source>what the import changed (import %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="437"/>
        <source>Could not update person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="462"/>
        <source>Could not update case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="472"/>
        <source>Could not mark a case as missing from the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="485"/>
        <source>Could not write reporting event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="498"/>
        <source>Could not read reporting event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="534"/>
        <location filename="../models/store/importstore.cpp" line="566"/>
        <source>Could not record the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="580"/>
        <source>Could not read the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="629"/>
        <source>Could not read the caseload to tell what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="656"/>
        <source>Could not read the open barriers to tell what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/importstore.cpp" line="706"/>
        <source>Could not read what the import changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../models/domain/importsummary.cpp" line="55"/>
        <location filename="../models/domain/importsummary.cpp" line="59"/>
        <source>%1: %n row(s) read, %2 rejected</source>
        <translation>
            <numerusform>%1: %n row read, %2 rejected</numerusform>
            <numerusform>%1: %n rows read, %2 rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="62"/>
        <source>People: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="66"/>
        <source>Cases: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="70"/>
        <source>Cases no longer in the extract: %1 (%2 since this import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="74"/>
        <source>Cases back in the extract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="76"/>
        <source>Reporting events: %1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="81"/>
        <location filename="../models/domain/importsummary.cpp" line="84"/>
        <source>Columns ignored in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="87"/>
        <location filename="../models/domain/importsummary.cpp" line="91"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/importsummary.cpp" line="89"/>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderSettingsDialog</name>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="30"/>
        <source>Follow-up Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="31"/>
        <source> breaches in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="36"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="49"/>
        <source> &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="50"/>
        <source> f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="51"/>
        <source> fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="52"/>
        <source> from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="53"/>
        <source>Follow up a warning letter &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/laddersettingsdialog.cpp" line="54"/>
        <source>A step is due once a person&apos;s run of consecutive breaches reaches its count. Band 1 and Nexus High Harm people are urgent from their first breach whatever these say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkSecurity</name>
    <message>
        <location filename="../models/db/linksecurity.cpp" line="60"/>
        <source>%1: the server&apos;s certificate cannot be trusted, as no CA certificate is named to check it: add ?sslrootcert=/path/to/ca.pem to the location, or put the team&apos;s CA certificate at ~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/linksecurity.cpp" line="65"/>
        <source>%1: the CA certificate file named by sslrootcert cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/linksecurity.cpp" line="67"/>
        <source>%1: the server&apos;s certificate is not trusted: it is not signed by the CA certificate given (sslrootcert), so the server may not be the one it claims to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/linksecurity.cpp" line="72"/>
        <source>%1: the server&apos;s certificate is for another host name: connect by the name the certificate was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/linksecurity.cpp" line="76"/>
        <source>%1: the server does not support encrypted connections (SSL): ask whoever runs it to turn SSL on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="123"/>
        <location filename="../widgets/window/mainwindow.cpp" line="778"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="161"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="163"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="165"/>
        <location filename="../widgets/window/mainwindow.cpp" line="580"/>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="167"/>
        <location filename="../widgets/window/mainwindow.cpp" line="581"/>
        <source>Fill with &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="170"/>
        <source>&amp;Import CID Extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="172"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="174"/>
        <source>Import Team &amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="177"/>
        <source>&amp;Export Caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="179"/>
        <source>&amp;Publish Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="181"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="184"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="187"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="195"/>
        <source>&amp;Find Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="202"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="208"/>
        <source>C&amp;lose Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="211"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="214"/>
        <source>&amp;Follow-up Ladder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="224"/>
        <source>&amp;Users and Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="227"/>
        <source>&amp;Workload Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="231"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="234"/>
        <source>&amp;Figure Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="237"/>
        <source>&amp;About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="273"/>
        <source>A team database is backed up on its server with pg_dump (see the README, &quot;Backup and restore&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="283"/>
        <source>Could not check for other people&apos;s changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="308"/>
        <source>Unencrypted link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="310"/>
        <source>The connection to %1 is not encrypted: the people&apos;s records, case notes and logins cross the network readable by anyone on the way, and nothing checks that the server is the team&apos;s own. Take the sslmode option out of the location (the server needs SSL turned on) to encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="325"/>
        <source>Could not check the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="334"/>
        <source>Audit Log Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="335"/>
        <source>The audit log of this database changed behind Lodestar&apos;s back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="341"/>
        <source>Tell your administrator. &quot;lodestar audit-verify --expect-head %1:%2&quot; checks the log against what this computer saw. Lodestar warns again each time the database opens until the log is accepted as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="346"/>
        <source>&amp;Keep Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="347"/>
        <source>&amp;Accept the Log as It Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/window/mainwindow.cpp" line="980"/>
        <source>The figures are published as snapshot %1, with the %n person(s) behind them.</source>
        <translation>
            <numerusform>The figures are published as snapshot %1, with the %n person behind them.</numerusform>
            <numerusform>The figures are published as snapshot %1, with the %n people behind them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="985"/>
        <source>Figures Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/window/mainwindow.cpp" line="994"/>
        <source>Export %n people to %1</source>
        <translation>
            <numerusform>Export %n people to %1</numerusform>
            <numerusform>Export %n people to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="997"/>
        <source>Export cancelled: no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/window/mainwindow.cpp" line="1025"/>
        <source>Exported %n people to %1 (recorded in the audit trail)</source>
        <translation>
            <numerusform>Exported %n people to %1 (recorded in the audit trail)</numerusform>
            <numerusform>Exported %n people to %1 (recorded in the audit trail)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1110"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="301"/>
        <source>Lodestar — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="414"/>
        <source>No person with reference %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="455"/>
        <source>Unknown tab &apos;%1&apos; of a person record; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="468"/>
        <source>View &apos;%1&apos; has no part &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="472"/>
        <source>Unknown view &apos;%1&apos;; use %2, VIEW:PART or person:&lt;person_ref&gt;[/tab]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="491"/>
        <source>Open Lodestar Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="492"/>
        <source>Lodestar databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="498"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="509"/>
        <source>Lodestar cannot act as that user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="510"/>
        <source>Lodestar was started as %1 and cannot open %2 as %1: %3. Start Lodestar without --user and $LODESTAR_USER to open it as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="533"/>
        <source>New Lodestar Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="534"/>
        <source>Lodestar databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="539"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="540"/>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="548"/>
        <source>Cannot create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="575"/>
        <source>Welcome to Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="576"/>
        <source>Your own database is new and empty. Connect to your team&apos;s shared database, or fill this one with invented demo data to try Lodestar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="582"/>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="596"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="597"/>
        <source>This database has no people yet. Fill it with invented demo data to try Lodestar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="606"/>
        <location filename="../widgets/window/mainwindow.cpp" line="613"/>
        <location filename="../widgets/window/mainwindow.cpp" line="632"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="607"/>
        <source>Demo data can only be added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="613"/>
        <source>Number of invented people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="618"/>
        <source>Writing demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="618"/>
        <location filename="../widgets/window/mainwindow.cpp" line="645"/>
        <location filename="../widgets/window/mainwindow.cpp" line="706"/>
        <location filename="../widgets/window/mainwindow.cpp" line="1001"/>
        <location filename="../widgets/window/mainwindow.cpp" line="1049"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="645"/>
        <source>Importing the CID extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="663"/>
        <source>Import cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="665"/>
        <location filename="../widgets/window/mainwindow.cpp" line="720"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="680"/>
        <source>Many Cases Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="681"/>
        <source>This extract leaves out %1 of the %2 cases held (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="687"/>
        <source>An extract cut short or mangled upstream looks like this. Importing it marks those cases missing from the extract. Ask for the extract again unless you know why they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="690"/>
        <source>Cases left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="692"/>
        <source>Import and Mark Them Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="693"/>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="706"/>
        <source>Importing the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="718"/>
        <source>Import cancelled: nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="725"/>
        <source>Spreadsheet Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="726"/>
        <source>Rows not brought in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1129"/>
        <source>&lt;h3&gt;Lodestar %1&lt;/h3&gt;&lt;p&gt;A workbench for the casework of foreign national offenders in the community: one record per person, a banded caseload, and figures that can be traced to the people behind them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A local database file&lt;/b&gt; is created readable and writable only by you (the account you are signed in to this computer as). The roles in Settings → Users and Teams bind only people who use Lodestar on it: anyone who can read the file can read everything in it with other tools (such as sqlite3), and anyone who can write it can change anything in it. &lt;tt&gt;lodestar audit-verify&lt;/tt&gt; finds an audit entry edited, removed or inserted (a log rewritten whole only against a head kept elsewhere), not a record changed without one. On a file Lodestar acts as you; as someone else only on a demo database or when you are its administrator. For roles that are enforced, use a team database on a PostgreSQL server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="755"/>
        <location filename="../widgets/window/mainwindow.cpp" line="762"/>
        <source>Workload Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="779"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="804"/>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/window/mainwindow.cpp" line="849"/>
        <source>%1 changed %n record(s)</source>
        <translation>
            <numerusform>%1 changed %n record</numerusform>
            <numerusform>%1 changed %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="851"/>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="943"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="944"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="951"/>
        <source>caseload-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="953"/>
        <source>Export Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1001"/>
        <source>Exporting the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1020"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1021"/>
        <source>The caseload could not be exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people to %1</source>
        <translation type="vanished">
            <numerusform>Exported %n person to %1</numerusform>
            <numerusform>Exported %n people to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1042"/>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1042"/>
        <source>Lodestar backup (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1049"/>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1059"/>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1065"/>
        <source>Backup cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1069"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1070"/>
        <source>The database could not be backed up.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1077"/>
        <source>Backed up to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1079"/>
        <source>Backup complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/window/mainwindow.cpp" line="1080"/>
        <source>Backed up to %1 (%2).

Checked: SQLite&apos;s integrity check passed and the audit trail is intact (%n entry(ies)).

The file is readable by you alone; keep it somewhere safe, away from this computer.</source>
        <translation>
            <numerusform>Backed up to %1 (%2).

Checked: SQLite&apos;s integrity check passed and the audit trail is intact (%n entry).

The file is readable by you alone; keep it somewhere safe, away from this computer.</numerusform>
            <numerusform>Backed up to %1 (%2).

Checked: SQLite&apos;s integrity check passed and the audit trail is intact (%n entries).

The file is readable by you alone; keep it somewhere safe, away from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1111"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1112"/>
        <source>Every command with a key of its own. Alt with an underlined letter opens a menu or presses a button; Tab moves from control to control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1119"/>
        <source>Figure Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1120"/>
        <source>What each headline figure and each dashboard chart counts: the same words the dashboard, the management report and lodestar figures --definitions use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/mainwindow.cpp" line="1128"/>
        <source>About Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/db/migrations.cpp" line="1502"/>
        <source>Could not read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/migrations.cpp" line="1520"/>
        <source>Could not apply schema migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/migrations.cpp" line="1531"/>
        <source>Could not record schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDiaryModel</name>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="47"/>
        <source>Choose a diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="vanished">
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="88"/>
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>Overdue by %n day (due %1)</numerusform>
            <numerusform>Overdue by %n days (due %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="91"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="100"/>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="101"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="131"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="133"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="135"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="137"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/mydiarymodel.cpp" line="139"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDiaryView</name>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="28"/>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="26"/>
        <source>My people and my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="25"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="26"/>
        <source>My team&apos;s people and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="30"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="31"/>
        <source>Undo Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="36"/>
        <source>Whose diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="43"/>
        <source>My diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="52"/>
        <source>Open the entry again (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="94"/>
        <source>My Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="102"/>
        <source>Overdue: %1 · Today: %2 · Next 7 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="112"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="113"/>
        <source>Nothing overdue, due today or due in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="125"/>
        <source>Cannot mark the entry done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="135"/>
        <source>“%1” for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="136"/>
        <source>Marked done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="139"/>
        <source>Marked done: %1. Undo with Ctrl+Z in My Diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="153"/>
        <source>Cannot open the entry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/mydiaryview.cpp" line="161"/>
        <source>Opened again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoncomplianceModel</name>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="97"/>
        <source>Absconder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="99"/>
        <source>Unactioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="100"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="104"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="114"/>
        <source>Urgent: Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="114"/>
        <source>Urgent: band 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="120"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="131"/>
        <source>None: with Trace and Locate since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="169"/>
        <source>Referred to Trace and Locate on %1 and not located since: listed after the people still to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="204"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="206"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="208"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="210"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="212"/>
        <source>Breaches in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="214"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="216"/>
        <source>Last breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="218"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="220"/>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="222"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="224"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/noncompliancemodel.cpp" line="226"/>
        <source>Reporting centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoncomplianceStore</name>
    <message>
        <location filename="../models/store/noncompliancestore.cpp" line="60"/>
        <source>Could not read the non-compliance queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noncompliancestore.cpp" line="117"/>
        <source>Could not read the follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noncompliancestore.cpp" line="155"/>
        <source>Could not read the recent breaches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoncomplianceView</name>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="28"/>
        <source>&amp;Unactioned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="29"/>
        <source>Breached in the last &amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="30"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="30"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="31"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="64"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lists/noncomplianceview.cpp" line="131"/>
        <source>%1 %2: %n person(s) in a run of breaches, %3 unactioned, %4 breached in the last 7 days, %5 with Trace and Locate (listed last). Showing %6.</source>
        <translation>
            <numerusform>%1 %2: %n person in a run of breaches, %3 unactioned, %4 breached in the last 7 days, %5 with Trace and Locate (listed last). Showing %6.</numerusform>
            <numerusform>%1 %2: %n people in a run of breaches, %3 unactioned, %4 breached in the last 7 days, %5 with Trace and Locate (listed last). Showing %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="152"/>
        <source>None of your people are in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="153"/>
        <source>None of team %1&apos;s people are in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="156"/>
        <source>Nobody is in a run of breaches: every reporting event due has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="188"/>
        <source>Recorded &apos;%1&apos; for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="191"/>
        <source>Its follow-up is in the diary for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="197"/>
        <source>The filters now hide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="32"/>
        <source>&amp;Record Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="48"/>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="148"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="58"/>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="105"/>
        <source>Non-compliance queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n person(s) in a run of breaches, %3 unactioned, %4 breached in the last 7 days. Showing %5.</source>
        <translation type="vanished">
            <numerusform>%1 %2: %n person in a run of breaches, %3 unactioned, %4 breached in the last 7 days. Showing %5.</numerusform>
            <numerusform>%1 %2: %n people in a run of breaches, %3 unactioned, %4 breached in the last 7 days. Showing %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s) breached reporting in the last 7 days, %2 unactioned. Showing %3.</source>
        <translation type="vanished">
            <numerusform>%1: %n person breached reporting in the last 7 days, %2 unactioned. Showing %3.</numerusform>
            <numerusform>%1: %n people breached reporting in the last 7 days, %2 unactioned. Showing %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lists/noncomplianceview.cpp" line="182"/>
        <source>Cannot record the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../widgets/person/notedelegate.cpp" line="39"/>
        <location filename="../widgets/person/notedelegate.cpp" line="42"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/notedelegate.cpp" line="49"/>
        <source>Show all (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/notedelegate.cpp" line="53"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="19"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="31"/>
        <source>Written by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="38"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="48"/>
        <source>Saving keeps the earlier text: it stays in the note&apos;s history for anyone to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="53"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="87"/>
        <source>The note is no longer on this person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="92"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/noteeditdialog.cpp" line="93"/>
        <source>Your changes to the note were not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../widgets/person/notehistorydialog.cpp" line="16"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/person/notehistorydialog.cpp" line="21"/>
        <source>Note written by %1 at %2. %n version(s), oldest first; the last is the current text.</source>
        <translation>
            <numerusform>Note written by %1 at %2. %n version, oldest first; the last is the current text.</numerusform>
            <numerusform>Note written by %1 at %2. %n versions, oldest first; the last is the current text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/person/notehistorydialog.cpp" line="32"/>
        <source>Version %1 (current), written by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/notehistorydialog.cpp" line="33"/>
        <source>Version %1, written by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteLengthCounter</name>
    <message>
        <location filename="../widgets/person/notelengthcounter.cpp" line="30"/>
        <source>Note length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/notelengthcounter.cpp" line="33"/>
        <source>%1 — too long: shorten it to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/notelengthcounter.cpp" line="35"/>
        <source>Note too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteQaStore</name>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="62"/>
        <source>A sample is 1 to 1,000 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="64"/>
        <source>Choose a period: from a date to the same or a later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="66"/>
        <source>Choose a caseworker or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="82"/>
        <source>Could not read the notes to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="88"/>
        <source>No notes were written in that period by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="89"/>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="108"/>
        <location filename="../models/store/noteqastore.cpp" line="116"/>
        <source>Could not record the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="131"/>
        <source>Could not read the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="148"/>
        <source>Could not read the note&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="166"/>
        <source>Could not read the checks of the person&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="191"/>
        <source>Mark the note pass or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="193"/>
        <source>Say why the note fails, so its author can put it right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="211"/>
        <source>Could not mark the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="214"/>
        <source>note check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="217"/>
        <source>The note is your own, or no longer in the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="232"/>
        <source>Could not read the samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/noteqastore.cpp" line="262"/>
        <source>Could not read the quality-assurance rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteQaView</name>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="45"/>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="47"/>
        <source>%1 · %2, %3 to %4 · %5 of %6 checked · seed %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="63"/>
        <source>&amp;Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="63"/>
        <source>&amp;Fail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="69"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="78"/>
        <source>The note in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="79"/>
        <source>Choose a note of the sample to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="82"/>
        <source>The note meets the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="83"/>
        <source>The note falls short: say why, so its author can put it right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="88"/>
        <source>&amp;Draw Sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="91"/>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="99"/>
        <source>Notes in the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="106"/>
        <location filename="../widgets/lists/noteqaview.cpp" line="131"/>
        <source>Quality-assurance rates per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="127"/>
        <source>The &amp;note in full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="196"/>
        <source>No samples drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="232"/>
        <source>%1 notes in this sample: %2 checked, %3 failed, %4 still to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="261"/>
        <source>This is your own note: another team leader checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="274"/>
        <source>Fail the Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="275"/>
        <source>Why does the note fall short? Its author sees this on the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="319"/>
        <source>No notes have been sampled yet.
Choose Draw Sample… to pick notes of a caseworker or a team over a period, then mark each pass or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="324"/>
        <source>This sample holds no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/noteqaview.cpp" line="329"/>
        <source>No rates yet: they appear once notes have been sampled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <location filename="../models/store/notestore.cpp" line="28"/>
        <source>Could not keep the note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="69"/>
        <source>Could not add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="113"/>
        <source>Could not read the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="115"/>
        <source>The note no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="134"/>
        <source>Could not save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="93"/>
        <location filename="../models/store/notestore.cpp" line="154"/>
        <source>Could not read the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="119"/>
        <location filename="../models/store/notestore.cpp" line="136"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/notestore.cpp" line="179"/>
        <source>Could not read the note&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteText</name>
    <message>
        <location filename="../models/domain/notetext.cpp" line="8"/>
        <source>A note cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/notetext.cpp" line="10"/>
        <source>A note holds at most %1 characters; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/notetext.cpp" line="17"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="50"/>
        <source>Choose a person before adding a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="61"/>
        <source>Choose a note to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="72"/>
        <source>Choose a note to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/notesmodel.cpp" line="96"/>
        <source>Edited by %1 at %2; %n earlier version(s)</source>
        <translation>
            <numerusform>Edited by %1 at %2; %n earlier version</numerusform>
            <numerusform>Edited by %1 at %2; %n earlier versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="103"/>
        <source>QA: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="105"/>
        <source>QA: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="105"/>
        <source>QA: failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="137"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="173"/>
        <source>Written by %1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="178"/>
        <source>Checked by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="185"/>
        <source>Note by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="205"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="207"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="209"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="211"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="213"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notesmodel.cpp" line="215"/>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <location filename="../widgets/common/ownerfilter.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/ownerfilter.cpp" line="61"/>
        <source>You are in no team: an administrator puts you in one in Settings → Users and Teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/ownerfilter.cpp" line="63"/>
        <source>The people owned by anyone in team %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../models/domain/periods.cpp" line="66"/>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/periods.cpp" line="88"/>
        <location filename="../models/domain/periods.cpp" line="89"/>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../models/domain/permissions.cpp" line="36"/>
        <source>open a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="38"/>
        <source>change a person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="40"/>
        <source>allocate people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="42"/>
        <source>override a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="44"/>
        <source>sign off a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="46"/>
        <source>countersign an absconder declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="48"/>
        <source>run note quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="50"/>
        <source>change charter flights or workload weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="52"/>
        <source>manage users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="54"/>
        <source>import the CID extract or team spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="56"/>
        <source>export a subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="58"/>
        <source>publish figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="68"/>
        <location filename="../models/domain/permissions.cpp" line="107"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="71"/>
        <source>%1 is not a user of this database and may not %2: ask an administrator to add you in Settings → Users and Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="78"/>
        <source>%1 may not %2: that is a team leader&apos;s or a manager&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="84"/>
        <source>%1 may not %2: that is an administrator&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="87"/>
        <source>%1 may not %2: managers read everything and change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="90"/>
        <source>%1 may not %2: an administrator manages users and imports, and people&apos;s records are for their caseworkers and team leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="94"/>
        <source>%1 may not %2: that is a team leader&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="96"/>
        <source>%1 may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="105"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="109"/>
        <source>%1 may not change %2, who is allocated to %3: a caseworker changes the people allocated to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="112"/>
        <source>%1 may not %2 for %3, who is allocated to %4: a team leader acts for their own team&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/permissions.cpp" line="150"/>
        <source>on a local file that is not a demo database Lodestar acts as you, %1 (your user on this computer); only an administrator of the file may act as someone else, since its audit trail would name %2 for what %1 did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonBarriersModel</name>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="68"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="71"/>
        <source>Certified %1, open in CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="72"/>
        <source>Cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="76"/>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="155"/>
        <source>Last-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="84"/>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="85"/>
        <source>CID import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="90"/>
        <source>Raised while removal directions stood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="92"/>
        <source>From CID: certified under RED.0004 in Lodestar, so it no longer blocks removal; marked so until CID closes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="95"/>
        <source>From CID: cleared when CID closes the case; can be certified under RED.0004 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="145"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="147"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="149"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="151"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="153"/>
        <source>How cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personbarriersmodel.cpp" line="157"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonBarriersPanel</name>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="22"/>
        <source>Record &amp;Barrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="23"/>
        <source>C&amp;lear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="23"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="24"/>
        <source>Edit &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="35"/>
        <source>Barriers to removal of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="81"/>
        <source>Barriers (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="81"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="105"/>
        <source>Select a barrier recorded in Lodestar to clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="106"/>
        <source>Select a cleared barrier recorded in Lodestar to reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="115"/>
        <source>This barrier comes from CID: CID clears it when it closes the case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="120"/>
        <source>%1; here it can be certified under RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="122"/>
        <source>Undo a certification made by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="128"/>
        <source>Record when and how this barrier was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="129"/>
        <source>This barrier is cleared already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="130"/>
        <source>This barrier is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="131"/>
        <source>Undo a clearing made by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="172"/>
        <source>Cannot reopen the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="186"/>
        <source>Barrier Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="187"/>
        <source>&amp;Notes on this barrier (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personbarrierspanel.cpp" line="194"/>
        <source>Cannot save the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCasesModel</name>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="30"/>
        <source>Open %1 case: a barrier to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="32"/>
        <source>Offence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="112"/>
        <source>Case ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="114"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="118"/>
        <source>Owning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="120"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="122"/>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="124"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="126"/>
        <source>Sentence (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="128"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="130"/>
        <source>Deportation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/personcasesmodel.cpp" line="132"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDiaryPanel</name>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="25"/>
        <source>Add to &amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="26"/>
        <location filename="../widgets/person/persondiarypanel.cpp" line="112"/>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="27"/>
        <source>Nothing in the diary for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="36"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="38"/>
        <source>Next action, e.g. chase the ETD interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="39"/>
        <source>Diary action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="51"/>
        <source>Diary of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="95"/>
        <source>Diary (%1 open, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="97"/>
        <source>Diary (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="98"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="112"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="133"/>
        <source>Add a Diary Entry in the Past?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="141"/>
        <source>Cannot add the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persondiarypanel.cpp" line="157"/>
        <source>Cannot update the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRecordWidget</name>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="78"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="109"/>
        <source>Operation Zincs: criminality on a case not owned by Criminal Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="112"/>
        <source>Operation Nexus High Harm: police intelligence exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="114"/>
        <source>Electronic monitoring (tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="116"/>
        <source>No fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="118"/>
        <source>ACRO criminal records record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="171"/>
        <source>The opening of this record could not be audited, so it is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="181"/>
        <source>Person %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="184"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="185"/>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="296"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="305"/>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="306"/>
        <source>Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="307"/>
        <source>Person ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="308"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="309"/>
        <source>Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="310"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="311"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="317"/>
        <source>Risk and band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="328"/>
        <source>MAPPA level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="329"/>
        <source>Harm category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="330"/>
        <source>Longest sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="331"/>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="332"/>
        <source>Open barriers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="346"/>
        <source>Effective band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="349"/>
        <source>Computed band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="351"/>
        <source>Rule applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="352"/>
        <source>Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="365"/>
        <source>Override &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="380"/>
        <source>Band override history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="386"/>
        <source>&amp;Override band…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="398"/>
        <source>Ownership and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="405"/>
        <source>Owning unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="406"/>
        <source>Case owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="407"/>
        <source>Reporting centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="408"/>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="409"/>
        <source>Reporting window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="410"/>
        <source>A&amp;llocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="820"/>
        <source>Allocate this person to a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="415"/>
        <source>Export Everything Held (Subject Access)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="242"/>
        <source>This person was changed by someone else while you were editing: reload to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="246"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="417"/>
        <source>Save everything held about this person, with the audit trail, as one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="428"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="437"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="441"/>
        <source>All notes about this person, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="443"/>
        <location filename="../widgets/person/personrecordwidget.cpp" line="488"/>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="445"/>
        <location filename="../widgets/person/personrecordwidget.cpp" line="489"/>
        <source>Hi&amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="447"/>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1168"/>
        <source>Every earlier text of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="448"/>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1173"/>
        <source>Show &amp;whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="472"/>
        <source>Notes timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="480"/>
        <source>No notes yet. Write the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="505"/>
        <source>New &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="509"/>
        <source>Write a note about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="517"/>
        <source>Ctrl+Return adds the note. Notes are kept: an edit adds a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="522"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="542"/>
        <source>CID cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="544"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="552"/>
        <source>Taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="558"/>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="566"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="572"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="579"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="587"/>
        <source>Reoffences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="593"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="608"/>
        <source>Allocation history of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="609"/>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="621"/>
        <source>Audit trail of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="622"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="647"/>
        <source>Export Everything Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="648"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="656"/>
        <source>Export everything held about %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="665"/>
        <source>The subject access export was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="705"/>
        <source>Allocation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="707"/>
        <source>Audit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="725"/>
        <source>CID cases of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="806"/>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="841"/>
        <source>This person&apos;s record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="844"/>
        <source>There is no person with id %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="850"/>
        <source>The CID cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="852"/>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="854"/>
        <source>The band history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="856"/>
        <source>The diary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="860"/>
        <source>The reporting events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="864"/>
        <source>The taskings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="866"/>
        <source>The travel documents could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="868"/>
        <source>The barriers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="870"/>
        <source>The removal directions, holds or case preparation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="873"/>
        <source>The reviews could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="875"/>
        <source>The reoffences could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="877"/>
        <source>The allocation history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="880"/>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="908"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="909"/>
        <source>Person not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="914"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/person/personrecordwidget.cpp" line="918"/>
        <source>%n CID case(s)</source>
        <translation>
            <numerusform>%n CID case</numerusform>
            <numerusform>%n CID cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/person/personrecordwidget.cpp" line="922"/>
        <source>%n reoffence(s)</source>
        <translation>
            <numerusform>%n reoffence</numerusform>
            <numerusform>%n reoffences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="936"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="951"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="959"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1042"/>
        <source>Provisional: a fact that is not recorded could raise this band (%1). Check the criminal case in CID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="695"/>
        <source>CID cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="970"/>
        <source>%1 (over an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="972"/>
        <source>Longer than one hour: an arrest team tasked to detain on reporting would wait. Narrow it on the Reporting tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="997"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="999"/>
        <source>Removed on %1: not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1002"/>
        <source>%1 before the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1003"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1005"/>
        <source>Not banded (no criminal case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1007"/>
        <source>Not banded (detained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1010"/>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1027"/>
        <source>%1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1019"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1025"/>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1029"/>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1033"/>
        <source>Overridden; computed band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1053"/>
        <source>Set to band %1 by %2 at %3. Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1065"/>
        <source>Removed people are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1066"/>
        <source>People with no criminal case are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1068"/>
        <source>Detained people are not banded, so there is no band to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1070"/>
        <source>Set a different band with a reason, or withdraw an override. The computed band stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1107"/>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1108"/>
        <source>The note was not added.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1138"/>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1169"/>
        <source>The selected note has not been edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1173"/>
        <source>Show &amp;less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1175"/>
        <source>The selected note is shown whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1176"/>
        <source>Show the selected long note whole, or fold it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1205"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personrecordwidget.cpp" line="1206"/>
        <source>The note&apos;s history could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRemovalPanel</name>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="68"/>
        <source>Removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="74"/>
        <source>Removal directions of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="77"/>
        <source>Set &amp;Directions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="79"/>
        <source>Record O&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="81"/>
        <source>&amp;Edit Directions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="106"/>
        <source>Progression hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="112"/>
        <source>Holds on this person&apos;s progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="113"/>
        <source>Place &amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="115"/>
        <source>&amp;Release Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="133"/>
        <source>Case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="146"/>
        <source>Edit &amp;Preparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="187"/>
        <source>directions pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="189"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="191"/>
        <source>preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="192"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="192"/>
        <source>Removal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="201"/>
        <source>Record the day the case was allocated to start the 8-week target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="213"/>
        <source>Allocated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="215"/>
        <source>Initial done %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="217"/>
        <source>Initial due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="219"/>
        <source>Finalised %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="220"/>
        <source>Finalising due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="243"/>
        <source>Directions are pending: record their outcome first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="244"/>
        <source>Set new removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="247"/>
        <source>Record whether the pending directions removed the person or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="249"/>
        <source>No directions are pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="255"/>
        <source>This hold has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="256"/>
        <source>End the selected hold today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="312"/>
        <source>Cannot place a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personremovalpanel.cpp" line="333"/>
        <source>Cannot release the hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonReoffencesPanel</name>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="22"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="23"/>
        <source>Record &amp;Reoffence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="24"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="31"/>
        <source>Reoffences of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="36"/>
        <source>No reoffences recorded. Record one when the police, a court or probation report an offence committed in the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="43"/>
        <source>Record the removed reoffence again, as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="99"/>
        <source>Reoffences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="99"/>
        <source>Reoffences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="120"/>
        <source>Remove the selected reoffence, recorded in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="121"/>
        <source>Select a reoffence to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="160"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="162"/>
        <source>Remove Reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="163"/>
        <source>Remove the reoffence &quot;%1&quot;?

Remove only a reoffence recorded in error; it no longer counts in the reoffending figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="170"/>
        <source>Cannot remove the reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="174"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="190"/>
        <source>Cannot undo the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreoffencespanel.cpp" line="194"/>
        <source>Reoffence put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonReportingPanel</name>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="43"/>
        <source>Record &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="44"/>
        <source>Co&amp;untersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="45"/>
        <source>Record &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="46"/>
        <source>E&amp;xcuse Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="47"/>
        <source>Edit Re&amp;striction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="62"/>
        <source>An absconder declaration counts once a team leader other than whoever recorded it has countersigned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="65"/>
        <source>Reporting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="69"/>
        <source>Follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="184"/>
        <source>Absconder: referred to Trace and Locate until located.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/person/personreportingpanel.cpp" line="186"/>
        <source>%n breach(es) in a row since %1.</source>
        <translation>
            <numerusform>%n breach in a row since %1.</numerusform>
            <numerusform>%n breaches in a row since %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="189"/>
        <source>No breach since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="191"/>
        <source>No reporting events recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="193"/>
        <source>Next step due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="195"/>
        <source>The reporting window %1 is longer than one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/person/personreportingpanel.cpp" line="202"/>
        <source>Reporting (%n in a row)</source>
        <translation>
            <numerusform>Reporting (%n in a row)</numerusform>
            <numerusform>Reporting (%n in a row)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="202"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="208"/>
        <source>Restriction (from CID): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="209"/>
        <source>Restriction (set by %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="239"/>
        <source>Cannot set the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="260"/>
        <source>Cannot record the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="285"/>
        <source>Cannot record the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="314"/>
        <source>Cannot record the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="329"/>
        <source>Countersign the Absconder Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="330"/>
        <source>Countersign the absconder declaration of %1 recorded by %2?

Alternatives tried: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreportingpanel.cpp" line="342"/>
        <source>Cannot countersign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonReviewsPanel</name>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="24"/>
        <source>&amp;New Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="25"/>
        <source>&amp;Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="36"/>
        <source>3-monthly reviews of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="48"/>
        <source>Sign off the selected review as checked (not your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="49"/>
        <source>Only a team leader signs off reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="100"/>
        <source>Reviews (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="101"/>
        <source>Reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="101"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="110"/>
        <source>3 months after the last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="111"/>
        <source>never reviewed: 3 months after allocation, or after coming onto the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="113"/>
        <source>No review date: the day this person came onto the caseload is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="119"/>
        <source>Review overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="125"/>
        <source>, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="126"/>
        <source>, tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="127"/>
        <source>, in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="129"/>
        <source>Review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="135"/>
        <source>No review recorded yet.
New Review… records the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/personreviewspanel.cpp" line="174"/>
        <source>Cannot sign off the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <location filename="../models/store/personstore.cpp" line="237"/>
        <source>Could not add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="263"/>
        <source>Could not add case %1 of person %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="293"/>
        <location filename="../models/store/personstore.cpp" line="302"/>
        <location filename="../models/store/personstore.cpp" line="320"/>
        <source>Could not prepare to add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="295"/>
        <source>Could not prepare to add cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="312"/>
        <location filename="../models/store/personstore.cpp" line="316"/>
        <source>Cancelled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="323"/>
        <source>Could not add the people&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="344"/>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="357"/>
        <source>Could not read the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="382"/>
        <source>Could not read the person&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="467"/>
        <source>the derived columns of person (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="488"/>
        <source>Could not read the people to recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="628"/>
        <source>the reporting span of person (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="634"/>
        <source>the review dates of person (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="698"/>
        <source>Could not update the people&apos;s last due events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="573"/>
        <source>No person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="642"/>
        <source>the last action on person (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="649"/>
        <source>the next diary date of person (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/personstore.cpp" line="677"/>
        <source>Could not update the reporting spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTaskingsPanel</name>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="21"/>
        <source>&amp;Task the Centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="22"/>
        <source>Record &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="23"/>
        <source>Clear Window &amp;Warning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="35"/>
        <source>Taskings of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="77"/>
        <source>Taskings (%1 open, window warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="78"/>
        <source>Taskings (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="78"/>
        <source>Taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="99"/>
        <source>Cannot task the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="112"/>
        <source>%1 at %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="122"/>
        <source>Cannot record the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="136"/>
        <source>Clear the Window Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="137"/>
        <source>%1 is tasked to detain on reporting on %2, but the reporting window is %3: an arrest team would wait all day. Have you agreed a one-hour window with the centre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontaskingspanel.cpp" line="144"/>
        <source>Cannot clear the warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTravelDocsPanel</name>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="19"/>
        <source>&amp;Add Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="20"/>
        <source>&amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="28"/>
        <source>Travel documents of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="64"/>
        <source>Travel documents (usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="65"/>
        <source>Travel documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="66"/>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="79"/>
        <location filename="../widgets/person/persontraveldocspanel.cpp" line="103"/>
        <source>Cannot save the travel document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionHold</name>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="24"/>
        <source>A hold needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="26"/>
        <source>Say why the person&apos;s progression is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="28"/>
        <source>Say when the hold was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="30"/>
        <source>A hold lasts until a date or until a barrier clears: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionhold.cpp" line="32"/>
        <source>The hold must end after the day it is placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionModel</name>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="62"/>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="64"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="66"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="68"/>
        <source>Order signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="77"/>
        <source>Nothing sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="79"/>
        <source>Refused or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="81"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="83"/>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="93"/>
        <source>, </source>
        <comment>between two barriers&apos; names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="103"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="104"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="133"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="133"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="156"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="195"/>
        <source>Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="199"/>
        <source>Deportation decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="215"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="217"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="219"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="221"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="223"/>
        <source>Document step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="224"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="226"/>
        <source>Open barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="228"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="230"/>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="232"/>
        <source>Case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="234"/>
        <source>Sentence ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/progressionmodel.cpp" line="236"/>
        <source>On hold until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionRules</name>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="195"/>
        <source>; </source>
        <comment>between two next steps taken at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="234"/>
        <source>Make the deportation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="236"/>
        <source>Chase the pending deportation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="238"/>
        <source>Have the deportation order signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="240"/>
        <source>Apply for a travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="242"/>
        <source>Apply again for a travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="244"/>
        <source>Chase the travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/progressionrules.cpp" line="246"/>
        <source>Set removal directions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionStore</name>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="61"/>
        <location filename="../models/store/progressionstore.cpp" line="84"/>
        <source>Could not read the holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="121"/>
        <source>Could not read the barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="123"/>
        <source>The barrier is not on this person&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="126"/>
        <source>That barrier is cleared already: hold until a date instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="142"/>
        <source>Could not place the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="150"/>
        <source>Hold on progression ends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="192"/>
        <source>Could not release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="194"/>
        <source>The hold was released already, or is not this person&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="205"/>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="217"/>
        <location filename="../models/store/progressionstore.cpp" line="286"/>
        <source>Could not read the case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="277"/>
        <location filename="../models/store/progressionstore.cpp" line="297"/>
        <source>Could not save the case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="279"/>
        <location filename="../models/store/progressionstore.cpp" line="288"/>
        <source>case preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="369"/>
        <source>Could not read the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/progressionstore.cpp" line="416"/>
        <source>Could not read the barriers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionView</name>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="26"/>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="35"/>
        <source>Ripe for progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="36"/>
        <source>Preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="37"/>
        <source>Deportation decisions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="38"/>
        <source>Documents to seek, barrier open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="39"/>
        <source>Non-detained people, not absconders, with no open barrier, no removal directions pending and no hold (report 6.69).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="41"/>
        <source>Case preparation past its 2-week initial or 8-week final due date (report 7.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="43"/>
        <source>A sentence of 12 months or more that ended over a year ago, and no deportation decision (report 6.24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="45"/>
        <source>Travel documents to seek while a barrier is open: non-detained people with an open barrier and no usable travel document, so that the document is ready when the barrier clears (report 7.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="64"/>
        <source>Removal progression worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="115"/>
        <source>Removal Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="138"/>
        <source>Non-detained, not absconders, no open barrier from any source, no removal directions pending, not on hold. Band 1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="142"/>
        <source>Case preparation past its due date: 2 weeks from allocation for the initial preparation, 8 weeks to finalise. Longest overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="146"/>
        <source>Non-detained, a criminal sentence of 12 months or more that ended over a year ago, no deportation decision. Longest since sentence end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="150"/>
        <source>Non-detained, at least one open barrier from any source, no usable travel document: seek the document while the barrier is open. Band 1 first, then nothing sought, refused or expired, in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="155"/>
        <source>Your people on this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="156"/>
        <source>People on this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="157"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="162"/>
        <source>Nobody is ripe for progression.
Everyone non-detained has an open barrier, removal directions pending, a hold, or is an absconder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="166"/>
        <source>No case preparation is overdue.
Every allocated case is within its 2 and 8 weeks, or prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="170"/>
        <source>No deportation decision is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/progressionview.cpp" line="173"/>
        <source>No travel document to seek while a barrier is open.
Everyone non-detained with an open barrier holds a usable travel document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishFiguresDialog</name>
    <message>
        <location filename="../widgets/dialogs/publishfiguresdialog.cpp" line="20"/>
        <source>Publish Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/publishfiguresdialog.cpp" line="24"/>
        <source>Q3 return, board paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/publishfiguresdialog.cpp" line="27"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/publishfiguresdialog.cpp" line="30"/>
        <source>Keeps the figures as they stand today for good, with the people behind each, so that a figure quoted from them can be printed again and compared with later figures person by person. Nobody can change a publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/publishfiguresdialog.cpp" line="37"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedFiguresModel</name>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="47"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="75"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="77"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="79"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="81"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="83"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/publishedfiguresmodel.cpp" line="85"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedFiguresView</name>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="45"/>
        <source>Published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="60"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="69"/>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="70"/>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="86"/>
        <source>Each publication keeps the figures as they stood, with the people behind each. Select one, then a figure, to see who joined or left it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="171"/>
        <source>No figures have been published. File → Publish Figures… keeps today&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="183"/>
        <source>Published Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="194"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="201"/>
        <source>#%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="202"/>
        <source>#%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/publishedfiguresview.cpp" line="251"/>
        <source>Publication #%1 did not keep the people behind %2: it was published before the figure existed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaRatesModel</name>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="61"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="61"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="78"/>
        <source>None of these notes has been checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="90"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="92"/>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="94"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="96"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="98"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qaratesmodel.cpp" line="100"/>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaSampleModel</name>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="44"/>
        <source>Choose a note of the sample to mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="55"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="57"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="58"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="149"/>
        <source>Checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="166"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="168"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="170"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="172"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="174"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="176"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/qasamplemodel.cpp" line="178"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../widgets/common/reasondialog.cpp" line="21"/>
        <source>Reason for Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/reasondialog.cpp" line="24"/>
        <source>%1.

This takes people&apos;s personal data out of Lodestar, so it is recorded in the audit trail with who, when, what and why. Say why in a few words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/reasondialog.cpp" line="33"/>
        <source>e.g. monthly return to the regional office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="25"/>
        <source>Record a Reporting Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="32"/>
        <source>Why the Event Was Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="46"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="47"/>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="48"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="55"/>
        <source>e.g. hospital appointment, letter seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="62"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="63"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="64"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="65"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/recordeventdialog.cpp" line="66"/>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="102"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="102"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="102"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="114"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="121"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="121"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/window/referencedialog.cpp" line="121"/>
        <source>What it counts</source>
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
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="54"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="37"/>
        <source>Removal Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="37"/>
        <source>Set Removal Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="43"/>
        <source>Choose a flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="46"/>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="66"/>
        <source>&amp;Set on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="67"/>
        <source>&amp;Planned removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="68"/>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="69"/>
        <source>Charter &amp;flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="70"/>
        <source>RED.000&amp;4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="71"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="154"/>
        <source>Reloaded: OK now saves what is entered here over their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaldirectionsdialog.cpp" line="157"/>
        <source>These removal directions are no longer on the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalDirectionsModel</name>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="48"/>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="56"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="51"/>
        <source>Served %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="52"/>
        <source>Not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="63"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="70"/>
        <source>Updated by %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="116"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="118"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="120"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="122"/>
        <source>RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="124"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="126"/>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removaldirectionsmodel.cpp" line="128"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalOutcomeDialog</name>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="31"/>
        <source>Outcome of Removal Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="32"/>
        <source>Set %1, removal planned %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="45"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="50"/>
        <source>What happened (needed for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="56"/>
        <source>Directions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="57"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="58"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="59"/>
        <source>&amp;Why it failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="60"/>
        <source>What &amp;happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="135"/>
        <source>Reloaded: OK now saves the outcome entered here over their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/removaloutcomedialog.cpp" line="139"/>
        <source>These removal directions are no longer on the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalStore</name>
    <message>
        <location filename="../models/store/removalstore.cpp" line="78"/>
        <location filename="../models/store/removalstore.cpp" line="106"/>
        <location filename="../models/store/removalstore.cpp" line="135"/>
        <location filename="../models/store/removalstore.cpp" line="370"/>
        <source>Could not read the removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="93"/>
        <source>Could not read when a RED.0004 notice was served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="137"/>
        <source>Directions set on %1 are still pending: record their outcome first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="183"/>
        <source>Could not save the removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="187"/>
        <source>set of removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="188"/>
        <source>These removal directions are not on this person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="197"/>
        <source>Planned removal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="219"/>
        <location filename="../models/store/removalstore.cpp" line="257"/>
        <location filename="../models/store/removalstore.cpp" line="310"/>
        <source>Could not read the charter flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="247"/>
        <source>Give the charter flight a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="250"/>
        <source>Say when the charter flight departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="259"/>
        <source>There is a charter flight %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="284"/>
        <source>Could not save the charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="287"/>
        <source>charter flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="342"/>
        <source>Could not count the removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/removalstore.cpp" line="351"/>
        <source>Could not count the failed removals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalsModel</name>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="64"/>
        <source>Charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="71"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="84"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="141"/>
        <source>The day a RED.0004 notice was served (report 7.14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="146"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="148"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="150"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="152"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="154"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="156"/>
        <source>RED.0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="158"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="160"/>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/removalsmodel.cpp" line="162"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalsView</name>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="65"/>
        <source>&amp;Pending only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="66"/>
        <source>&amp;New Charter Flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="75"/>
        <location filename="../widgets/lists/removalsview.cpp" line="80"/>
        <source>Removal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="76"/>
        <location filename="../widgets/lists/removalsview.cpp" line="87"/>
        <source>Charter flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="122"/>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="155"/>
        <source>Pending: %1. To date, directions set: %2; removed: %3; failed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="159"/>
        <source>Pending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="164"/>
        <source>No removal directions have been recorded yet.
They are set on a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="166"/>
        <source>No removal directions are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="171"/>
        <source>No charter flights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="172"/>
        <source>Charter flights: %1. People planned on them: %2; removed: %3; failed: %4; pending: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/removalsview.cpp" line="180"/>
        <source>No charter flights have been recorded yet.
Use New Charter Flight… to add one; people are put on it with their removal directions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reoffence</name>
    <message>
        <location filename="../models/domain/reoffence.cpp" line="14"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reoffence.cpp" line="16"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reoffence.cpp" line="18"/>
        <source>Police National Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reoffence.cpp" line="20"/>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reoffence.cpp" line="22"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReoffenceDialog</name>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="28"/>
        <source>Record a Reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="30"/>
        <source>What was done, as the police or court put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="37"/>
        <source>Force, crime or court reference, outcome if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="42"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="45"/>
        <source>&amp;Date of offence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="46"/>
        <source>&amp;Offence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="47"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="48"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="86"/>
        <source>Say what the offence was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="88"/>
        <source>Give the day of the offence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reoffencedialog.cpp" line="93"/>
        <source>Say where Lodestar learned of the offence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReoffenceStore</name>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="24"/>
        <source>Could not read the reoffences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="59"/>
        <source>The reoffence needs the date of the offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="68"/>
        <source>Say what the offence was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="70"/>
        <source>&quot;%1&quot; is not a source of reoffence information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="85"/>
        <source>Could not record the reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="100"/>
        <source>Could not remove the reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reoffencestore.cpp" line="102"/>
        <source>There is no reoffence with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReoffencesModel</name>
    <message>
        <location filename="../models/itemmodels/reoffencesmodel.cpp" line="48"/>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reoffencesmodel.cpp" line="76"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reoffencesmodel.cpp" line="78"/>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reoffencesmodel.cpp" line="80"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reoffencesmodel.cpp" line="82"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reoffencesmodel.cpp" line="84"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingEvent</name>
    <message>
        <location filename="../models/domain/reportingevent.h" line="37"/>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingevent.h" line="39"/>
        <source>Court appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/reportingevent.h" line="41"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingEventsModel</name>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="76"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="79"/>
        <source>Excused: reason not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="85"/>
        <source>Excused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="89"/>
        <source>CID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="89"/>
        <source>Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="100"/>
        <source>Recorded in Lodestar by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="119"/>
        <source>Due to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="121"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="123"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reportingeventsmodel.cpp" line="125"/>
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
        <location filename="../models/store/reportingstore.cpp" line="35"/>
        <source>reporting event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="62"/>
        <source>Could not read the reporting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="86"/>
        <source>Say why the event was excused: illness, court, or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="88"/>
        <source>Say what the other reason was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="98"/>
        <source>A reporting event needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="101"/>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="103"/>
        <source>&apos;%1&apos; is not an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="134"/>
        <source>Could not record the reporting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="160"/>
        <location filename="../models/store/reportingstore.cpp" line="177"/>
        <source>reporting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="174"/>
        <source>Could not record the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reportingstore.cpp" line="180"/>
        <source>Only an excused event carries a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="25"/>
        <source>On &amp;bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="26"/>
        <source>&amp;Electronic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="30"/>
        <source>Reporting Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="37"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="57"/>
        <source>Why it changes, e.g. new bail conditions of 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="61"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="77"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="78"/>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="79"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="80"/>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="81"/>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="82"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="85"/>
        <source>Now: as CID records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="86"/>
        <source>Now: set by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="103"/>
        <source>Set in Lodestar before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/restrictiondialog.cpp" line="137"/>
        <source>Longer than one hour: arrest teams tasked to detain would wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="46"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="48"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="50"/>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/restrictionhistorymodel.cpp" line="52"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionStore</name>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="25"/>
        <source>Could not read the reporting restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="57"/>
        <source>Could not read the reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="59"/>
        <source>There is no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="77"/>
        <source>A restriction needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="79"/>
        <source>Say why the restriction changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="81"/>
        <source>&apos;%1&apos; is not a reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="83"/>
        <source>&apos;%1&apos; is not a window HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="85"/>
        <source>The reporting day must be a day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="90"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/restrictionstore.cpp" line="112"/>
        <source>Could not save the reporting restriction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../models/domain/review.cpp" line="22"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="24"/>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="26"/>
        <source>Escalated to the team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="33"/>
        <source>A review needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="35"/>
        <source>Say when the review took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="40"/>
        <source>Choose the outcome of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="43"/>
        <source>Tick what the review checked, or say in the notes why none of it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/review.cpp" line="45"/>
        <source>Set the next review after this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCheckModel</name>
    <message>
        <location filename="../models/itemmodels/reviewcheckmodel.cpp" line="124"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewcheckmodel.cpp" line="126"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewcheckmodel.cpp" line="128"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewcheckmodel.cpp" line="130"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewcheckmodel.cpp" line="132"/>
        <source>Due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewcheckmodel.cpp" line="134"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCheckReport</name>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="49"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="51"/>
        <location filename="../models/io/reviewcheckreport.cpp" line="132"/>
        <source>Review check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="54"/>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="54"/>
        <source>As of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="55"/>
        <source>Produced by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="57"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="59"/>
        <source>A review is due 3 calendar months after the last one or, never reviewed, after allocation or coming onto the caseload; overdue when that date is before the as-of date. Non-detained people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="65"/>
        <source>Per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="68"/>
        <source>Nobody in this team owns non-detained people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="73"/>
        <location filename="../models/io/reviewcheckreport.cpp" line="107"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="74"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="76"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="76"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="76"/>
        <source>Due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="76"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="92"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="100"/>
        <source>People overdue for review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="103"/>
        <source>Nobody is overdue for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="107"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="107"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="107"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="108"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="108"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="110"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="118"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="120"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="156"/>
        <source>A report of personal data needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="161"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/reviewcheckreport.cpp" line="171"/>
        <source>Could not write the PDF %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCheckView</name>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="58"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="59"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="69"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="85"/>
        <source>Reviews per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="94"/>
        <source>People overdue or due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="95"/>
        <source>Enter opens the person on their Reviews tab, where a team leader signs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="98"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="171"/>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="197"/>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="235"/>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="255"/>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="289"/>
        <source>Review Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="189"/>
        <source>People overdue or due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="190"/>
        <source>Select a caseworker above to see their people overdue or due for review in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="201"/>
        <source>%1: %2 overdue, %3 due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="205"/>
        <source>Nobody of %1&apos;s is overdue or due for review in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="212"/>
        <source>As of %1: %2 reviews overdue, %3 due in 30 days. Due 3 calendar months after the last review, else after allocation or coming onto the caseload; non-detained people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="220"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="221"/>
        <source>Nobody owns non-detained people yet.
Import a CID extract or allocate people to caseworkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="223"/>
        <source>Nobody in %1 owns non-detained people: allocate people to this team&apos;s caseworkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="241"/>
        <source>Print the Review Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="247"/>
        <source>Print the Review Check on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="256"/>
        <source>Nothing was printed, as the disclosure could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="271"/>
        <source>review-check-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="272"/>
        <source>all-teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="274"/>
        <source>Save the Review Check as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="275"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/reviewcheckview.cpp" line="280"/>
        <source>Save the Review Check as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="23"/>
        <source>&amp;Barriers to removal checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="24"/>
        <source>Reporting &amp;compliance checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="25"/>
        <source>&amp;Travel document progressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="26"/>
        <source>B&amp;and confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="27"/>
        <source>Ne&amp;xt action set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="34"/>
        <source>3-Monthly Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="35"/>
        <source>3-Monthly Review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="43"/>
        <source>What the review found and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="59"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="65"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="66"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="67"/>
        <source>&amp;Reviewed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/reviewdialog.cpp" line="68"/>
        <source>Next re&amp;view on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="67"/>
        <source>Could not save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="82"/>
        <source>3-monthly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="100"/>
        <source>Could not read the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="136"/>
        <source>Could not read when the review is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="153"/>
        <source>Could not read the person&apos;s first case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="179"/>
        <location filename="../models/store/reviewstore.cpp" line="201"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="186"/>
        <source>Only a team leader signs off reviews; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="198"/>
        <source>Could not sign off the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="204"/>
        <source>The review is signed off already, is your own, or no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="211"/>
        <source>Could not read the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="240"/>
        <source>Could not read the review check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="249"/>
        <source>(no case owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="307"/>
        <source>Could not read the reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/reviewstore.cpp" line="343"/>
        <source>Could not read the reviews to sign off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsDueModel</name>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="78"/>
        <source>(no case owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="80"/>
        <source>Not banded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="82"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="91"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="92"/>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="93"/>
        <source>due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="96"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="141"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="143"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="145"/>
        <source>Case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="147"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="149"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="151"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="153"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsduemodel.cpp" line="155"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="50"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="51"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="89"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="91"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="93"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="95"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="97"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/reviewsmodel.cpp" line="99"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="34"/>
        <source>Import Team Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="36"/>
        <source>A team sheet: .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="39"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="41"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="46"/>
        <source>&amp;Spreadsheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="48"/>
        <source>W&amp;orksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="67"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="68"/>
        <source>What each column becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="71"/>
        <source>One column holds the person reference. Note lines are joined into one note per row, each line headed by its column. A diary date makes a diary entry, described by the diary action columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="94"/>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="96"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="142"/>
        <source>Choose a Team Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="143"/>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="165"/>
        <source>(the whole CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="199"/>
        <source>Choose a spreadsheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="201"/>
        <source>Choose a spreadsheet to see what it will bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/sheetimportdialog.cpp" line="209"/>
        <source>%n row(s) in the sheet.</source>
        <translation>
            <numerusform>%n row in the sheet.</numerusform>
            <numerusform>%n rows in the sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/import/sheetimportdialog.cpp" line="222"/>
        <source>%n row(s): %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with a problem.</source>
        <translation>
            <numerusform>%n row: %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with a problem.</numerusform>
            <numerusform>%n rows: %1 ready to bring in, %2 naming a person Lodestar does not hold, %3 with a problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/import/sheetimportdialog.cpp" line="229"/>
        <source>No row of this sheet matches a person with something to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportResult</name>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="18"/>
        <source>From %1: %n row(s) read.</source>
        <translation>
            <numerusform>From %1: %n row read.</numerusform>
            <numerusform>From %1: %n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="19"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n note added.</numerusform>
            <numerusform>%n notes added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="20"/>
        <source>%n diary entry(ies) added.</source>
        <translation>
            <numerusform>%n diary entry added.</numerusform>
            <numerusform>%n diary entries added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="22"/>
        <source>%n row(s) were already brought in and were skipped.</source>
        <translation>
            <numerusform>%n row was already brought in and was skipped.</numerusform>
            <numerusform>%n rows were already brought in and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="25"/>
        <source>%n row(s) had nothing to bring in.</source>
        <translation>
            <numerusform>%n row had nothing to bring in.</numerusform>
            <numerusform>%n rows had nothing to bring in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="27"/>
        <source>%n row(s) name a person Lodestar does not hold; they are listed below.</source>
        <translation>
            <numerusform>%n row names a person Lodestar does not hold; they are listed below.</numerusform>
            <numerusform>%n rows name a person Lodestar does not hold; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/sheetimporter.cpp" line="30"/>
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
        <location filename="../models/store/sheetimportstore.cpp" line="45"/>
        <source>Could not look up the people the sheet refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/sheetimportstore.cpp" line="63"/>
        <location filename="../models/store/sheetimportstore.cpp" line="83"/>
        <source>Could not record the spreadsheet import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <location filename="../models/io/sheetimporter.cpp" line="60"/>
        <source>row %1: no person with reference &apos;%2&apos; in Lodestar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetimporter.cpp" line="94"/>
        <source>The import was cancelled; nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message numerus="yes">
        <location filename="../models/domain/sheetmapping.cpp" line="87"/>
        <source>The mapping is for %n column(s), but the sheet has %1.</source>
        <translation>
            <numerusform>The mapping is for %n column, but the sheet has %1.</numerusform>
            <numerusform>The mapping is for %n columns, but the sheet has %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="92"/>
        <source>Choose the column that holds the person reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="94"/>
        <source>Only one column can hold the person reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="96"/>
        <source>Only one column can hold the diary date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="98"/>
        <source>A diary action needs a column with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="100"/>
        <source>Map at least one column to a note or a diary date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="122"/>
        <location filename="../models/domain/sheetmapping.cpp" line="160"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="141"/>
        <source>row %1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="148"/>
        <source>row %1: %2 &apos;%3&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="166"/>
        <source>row %1: the note would be longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="195"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="197"/>
        <source>Person reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="199"/>
        <source>Line of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="201"/>
        <source>Diary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/sheetmapping.cpp" line="203"/>
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
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="63"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="78"/>
        <source>Nothing to bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="105"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="107"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="109"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="111"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="113"/>
        <source>Diary date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="115"/>
        <source>Diary action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/sheetpreviewmodel.cpp" line="117"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="39"/>
        <location filename="../models/io/sheetreader.cpp" line="163"/>
        <source>Cannot open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="43"/>
        <location filename="../models/io/sheetreader.cpp" line="176"/>
        <source>Cannot read &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="69"/>
        <source>&apos;%1&apos; has more than %2 rows; split it and import the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="77"/>
        <source>&apos;%1&apos;, row %2: a value in column %3 has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="91"/>
        <source>&apos;%1&apos; holds more than %2 cells or %3 characters by row %4; split it and import the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="115"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="126"/>
        <source>&apos;%1&apos; is a .%2 file: save it as .xlsx or .csv and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="149"/>
        <source>&apos;%1&apos; has no sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="170"/>
        <source>&apos;%1&apos;, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/sheetreader.cpp" line="180"/>
        <source>&apos;%1&apos; is empty: there is no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCapture</name>
    <message>
        <location filename="../models/figures/snapshotcapture.cpp" line="24"/>
        <location filename="../models/figures/snapshotcapture.cpp" line="54"/>
        <location filename="../models/figures/snapshotcapture.cpp" line="81"/>
        <location filename="../models/figures/snapshotcapture.cpp" line="138"/>
        <source>Could not take the figures&apos; snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSupport</name>
    <message>
        <location filename="../models/store/storesupport.cpp" line="65"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <location filename="../models/io/subjectaccessexport.cpp" line="40"/>
        <source>Could not read what is held about the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/subjectaccessexport.cpp" line="79"/>
        <source>There is no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/subjectaccessexport.cpp" line="127"/>
        <source>A subject access export needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/subjectaccessexport.cpp" line="137"/>
        <source>Only an administrator may export everything held about a person; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/subjectaccessexport.cpp" line="161"/>
        <location filename="../models/io/subjectaccessexport.cpp" line="164"/>
        <source>Could not write %1</source>
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
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="26"/>
        <source>I have agreed a one-hour &amp;window with the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="29"/>
        <source>Task the Reporting Centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="41"/>
        <source>&amp;Task the Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="49"/>
        <source>&amp;Tasking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="50"/>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="51"/>
        <source>For the reporting &amp;event on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="52"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="101"/>
        <source>Say which reporting centre is tasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="105"/>
        <source>Clear the window warning first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingdialog.cpp" line="115"/>
        <source>The reporting window %1 is longer than one hour: an arrest team tasked to detain would wait all day (report 6.66). Agree a one-hour window with the centre first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingFeedbackDialog</name>
    <message>
        <location filename="../widgets/dialogs/taskingfeedbackdialog.cpp" line="15"/>
        <source>Centre&apos;s Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingfeedbackdialog.cpp" line="21"/>
        <source>What the centre did and found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingfeedbackdialog.cpp" line="24"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/taskingfeedbackdialog.cpp" line="26"/>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingStore</name>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="50"/>
        <source>A tasking needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="52"/>
        <source>Say which reporting centre is tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="54"/>
        <source>&apos;%1&apos; is not a kind of tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="56"/>
        <source>Say which reporting event the tasking is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="59"/>
        <source>The reporting window %1 is longer than one hour: an arrest team would wait all day. Narrow it, or confirm you have agreed the time with the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="85"/>
        <source>Could not task the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="92"/>
        <source>Tasking due at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="112"/>
        <source>Choose the outcome of the tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="122"/>
        <location filename="../models/store/taskingstore.cpp" line="139"/>
        <location filename="../models/store/taskingstore.cpp" line="166"/>
        <location filename="../models/store/taskingstore.cpp" line="181"/>
        <source>tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="136"/>
        <source>Could not record the centre&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="142"/>
        <source>The tasking is already closed, or no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="178"/>
        <source>Could not clear the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="184"/>
        <source>The tasking is closed, or no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="201"/>
        <source>Could not read the taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="220"/>
        <source>Could not read the open taskings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/taskingstore.cpp" line="238"/>
        <source>Could not read the centres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskingsModel</name>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="99"/>
        <source>%1 now: over an hour, warning not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="101"/>
        <source>%1 (over an hour; cleared by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="107"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="116"/>
        <source>Instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="118"/>
        <source>Feedback recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="147"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="149"/>
        <source>For reporting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="151"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="153"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="155"/>
        <source>Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="157"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="159"/>
        <source>Tasked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="161"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/taskingsmodel.cpp" line="163"/>
        <source>Centre&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabaseUrl</name>
    <message>
        <location filename="../widgets/window/teamdatabaseurl.cpp" line="43"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="45"/>
        <location filename="../models/itemmodels/todaymodel.cpp" line="50"/>
        <location filename="../models/itemmodels/todaymodel.cpp" line="54"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="49"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="60"/>
        <location filename="../models/itemmodels/todaymodel.cpp" line="63"/>
        <location filename="../models/itemmodels/todaymodel.cpp" line="281"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="114"/>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="129"/>
        <source>Headline figures, with their change since “%1” (published %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="142"/>
        <source>%1 (not in that publication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="144"/>
        <source>%1 (not comparable: its rule changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="146"/>
        <source>%1 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="148"/>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="175"/>
        <source>Breaches since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/todaymodel.cpp" line="181"/>
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/todaymodel.cpp" line="183"/>
        <source>a run of %n</source>
        <translation>
            <numerusform>a run of %n</numerusform>
            <numerusform>a run of %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="185"/>
        <source>unactioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="187"/>
        <source>Nexus High Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="198"/>
        <source>Diary: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="199"/>
        <source>Diary: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="200"/>
        <source>Diary: due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="213"/>
        <source>What changed in the latest import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="216"/>
        <source>What changed in the latest import (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="226"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="235"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="236"/>
        <source>Reviews due within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="240"/>
        <source>last reviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="241"/>
        <source>never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="256"/>
        <source>Ripe for progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="265"/>
        <source>Holds on progression ending within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="276"/>
        <source>Data-quality problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="293"/>
        <source>Waiting for a case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="297"/>
        <source>no unit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="298"/>
        <source>on the caseload since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="304"/>
        <source>Reviews to check and sign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="308"/>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="313"/>
        <source>Absconder declarations to countersign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="317"/>
        <source>declared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="322"/>
        <source>Caseworkers over capacity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/todaymodel.cpp" line="328"/>
        <source>%1% of capacity: %n person(s)</source>
        <translation>
            <numerusform>%1% of capacity: %n person</numerusform>
            <numerusform>%1% of capacity: %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="374"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="417"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="419"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="421"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="423"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/todaymodel.cpp" line="425"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../widgets/lists/todayview.cpp" line="34"/>
        <location filename="../widgets/lists/todayview.cpp" line="102"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/todayview.cpp" line="36"/>
        <source>Sections of what needs doing today, each with its count; open one to list its people, and press Enter on a person to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/todayview.cpp" line="105"/>
        <source>Today, %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lists/todayview.cpp" line="139"/>
        <source>%n item(s) in %1 sections</source>
        <translation>
            <numerusform>%n item in %1 sections</numerusform>
            <numerusform>%n items in %1 sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../models/db/transaction.cpp" line="22"/>
        <source>Could not start a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/transaction.cpp" line="35"/>
        <source>Transaction already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/db/transaction.cpp" line="43"/>
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
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="35"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="37"/>
        <source>Tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="40"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="42"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="47"/>
        <source>Travel Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="47"/>
        <source>Add a Travel Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="62"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="63"/>
        <source>&amp;Embassy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="64"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="65"/>
        <source>&amp;Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="66"/>
        <source>Interview &amp;tasked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="67"/>
        <source>Interview &amp;held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="68"/>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/traveldocumentdialog.cpp" line="69"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentStore</name>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="61"/>
        <source>Could not save the travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="64"/>
        <source>travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="65"/>
        <source>The travel document no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="82"/>
        <source>Could not read the travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/traveldocumentstore.cpp" line="123"/>
        <source>Could not count the travel documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentsModel</name>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="41"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="46"/>
        <source>Held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="48"/>
        <source>Tasked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="55"/>
        <source>Updated by %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="78"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="80"/>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="84"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="86"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/traveldocumentsmodel.cpp" line="88"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelDocumentsView</name>
    <message>
        <location filename="../widgets/lists/traveldocumentsview.cpp" line="30"/>
        <source>Travel documents by nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/traveldocumentsview.cpp" line="41"/>
        <source>Travel Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/traveldocumentsview.cpp" line="49"/>
        <source>Non-detained people by nationality and where their travel document stands, each counted once at their most advanced document: %1 people, %2 with a usable document, %3 with nothing sought yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="25"/>
        <source>Edit User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="25"/>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="27"/>
        <source>The user&apos;s sign-in name, e.g. sokafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="29"/>
        <source>e.g. Sam Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="40"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="41"/>
        <source>The workload points this person can carry: their people weighed by band (Settings → Workload Weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="48"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="49"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="50"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="51"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="52"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="105"/>
        <source>%1 is no longer a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="110"/>
        <source>Reloaded with the stored details. You had entered: %1, team %2, %3, capacity %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="112"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/userdialog.cpp" line="128"/>
        <source>There is already a user &apos;%1&apos; (%2): edit them instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../models/store/userstore.cpp" line="35"/>
        <location filename="../models/store/userstore.cpp" line="101"/>
        <source>Could not read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/userstore.cpp" line="60"/>
        <source>Could not read the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/userstore.cpp" line="103"/>
        <source>%1 is the only administrator: make someone else an administrator first (without one, nobody&apos;s permissions are enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/userstore.cpp" line="136"/>
        <source>Could not save the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/userstore.cpp" line="142"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/userstore.cpp" line="151"/>
        <source>Could not add the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/userstore.cpp" line="161"/>
        <source>Could not read the teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="23"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="28"/>
        <source>Users and Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="36"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="88"/>
        <source>You can see the users; an administrator changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="23"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="57"/>
        <source>Caseworkers and team leaders carry a caseload; their capacity is in workload points (each person weighed by band). The user name is the one they sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/usersdialog.cpp" line="84"/>
        <source>No users yet. Add the caseworkers and team leaders to allocate people to them and weigh their workload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../models/itemmodels/usersmodel.cpp" line="77"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usersmodel.cpp" line="79"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usersmodel.cpp" line="81"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usersmodel.cpp" line="83"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usersmodel.cpp" line="85"/>
        <source>Capacity (points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="100"/>
        <source>Not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="102"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="116"/>
        <source>People with no case owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="118"/>
        <source>%1 points of a capacity of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="120"/>
        <source>This case owner is not in Settings → Users and Teams, so has no capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="154"/>
        <source>The people weighed by band (Settings → Workload Weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="156"/>
        <source>Points as a share of capacity; over 100% in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="158"/>
        <source>People with a reporting breach in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="166"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="168"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="170"/>
        <source>Band 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="172"/>
        <source>Band 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="174"/>
        <source>Band 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="176"/>
        <source>Band 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="178"/>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="180"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="182"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="184"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="186"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="188"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="190"/>
        <source>Breached this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/workloadmodel.cpp" line="192"/>
        <source>Preparation overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadRules</name>
    <message>
        <location filename="../models/domain/workloadrules.cpp" line="9"/>
        <source>Each weight is a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/workloadrules.cpp" line="13"/>
        <source>Band 1 is the heaviest: no band may weigh more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/workloadrules.cpp" line="35"/>
        <source>%1% → %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="48"/>
        <source>Workload by caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="60"/>
        <source>The selected caseworker&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="63"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="119"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="153"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="168"/>
        <source>Select a caseworker to see their people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="182"/>
        <source>%1 has nobody allocated. Allocate people from the caseload (select them, then Allocate…, Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="187"/>
        <source>&amp;People with no case owner (%1); Enter opens a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="190"/>
        <source>&amp;People of %1 (%2); Enter opens a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="200"/>
        <source>Weights: band 1 = %1, band 2 = %2, band 3 = %3, band 4 = %4, detained = %5 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lists/workloadview.cpp" line="208"/>
        <source>%n case owners, </source>
        <translation>
            <numerusform>%n case owner, </numerusform>
            <numerusform>%n case owners, </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="209"/>
        <source>%1 people; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lists/workloadview.cpp" line="210"/>
        <source>&lt;b&gt;%n over capacity&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n over capacity&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n over capacity&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b01c1c&quot;&gt;&lt;b&gt;%n over capacity&lt;/b&gt;&lt;/span&gt;. </source>
        <translation type="vanished">
            <numerusform>&lt;span style=&quot;color:#b01c1c&quot;&gt;&lt;b&gt;%n over capacity&lt;/b&gt;&lt;/span&gt;. </numerusform>
            <numerusform>&lt;span style=&quot;color:#b01c1c&quot;&gt;&lt;b&gt;%n over capacity&lt;/b&gt;&lt;/span&gt;. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="212"/>
        <source>nobody over capacity. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="216"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="218"/>
        <source>No caseworkers and nobody allocated yet.
Add the caseworkers in Settings → Users and Teams, then allocate people from the caseload (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/lists/workloadview.cpp" line="221"/>
        <source>Nobody in team %1 carries a caseload: add caseworkers to the team in Settings → Users and Teams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadWeightsDialog</name>
    <message>
        <location filename="../widgets/settings/workloadweightsdialog.cpp" line="20"/>
        <source>Workload Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/workloadweightsdialog.cpp" line="27"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/workloadweightsdialog.cpp" line="34"/>
        <source>Band &amp;%1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/workloadweightsdialog.cpp" line="38"/>
        <source>Not banded (&amp;detained):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settings/workloadweightsdialog.cpp" line="45"/>
        <source>Each person weighs the points of their band in their case owner&apos;s load, which is shown as a share of the owner&apos;s capacity. Band 1 is the heaviest. The weights are kept in the database, so the whole team shares them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="744"/>
        <source>It is not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="753"/>
        <location filename="../models/io/xlsxreader.cpp" line="760"/>
        <location filename="../models/io/xlsxreader.cpp" line="840"/>
        <source>Its zip directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="842"/>
        <source>It is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="845"/>
        <source>It is compressed with method %1, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="851"/>
        <location filename="../models/io/xlsxreader.cpp" line="931"/>
        <source>a part unpacks to more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="855"/>
        <location filename="../models/io/xlsxreader.cpp" line="936"/>
        <source>a part unpacks to more than %1 times its packed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="863"/>
        <source>Its zip header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="867"/>
        <source>It cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="878"/>
        <location filename="../models/io/xlsxreader.cpp" line="909"/>
        <source>Its data is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="879"/>
        <source>Its data is damaged (minizip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="913"/>
        <source>Its data is damaged (zlib error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="926"/>
        <source>It unpacks to more than the %1 bytes its zip directory gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="947"/>
        <source>It unpacks to %1 bytes, not the %2 its zip directory gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="951"/>
        <source>Its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="983"/>
        <source>&apos;%1&apos; is not an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="988"/>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="993"/>
        <source>&apos;%1&apos; is too big to read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="999"/>
        <source>it would take more than %1 MiB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1010"/>
        <source>&apos;%1&apos; has no sheet number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/xlsxreader.cpp" line="1011"/>
        <source>It has %n sheet(s)</source>
        <translation>
            <numerusform>It has %n sheet</numerusform>
            <numerusform>It has %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1025"/>
        <location filename="../models/io/xlsxreader.cpp" line="1045"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1031"/>
        <source>%1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1065"/>
        <location filename="../models/io/xlsxreader.cpp" line="1544"/>
        <source>Cannot open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1069"/>
        <source>It is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1081"/>
        <source>&apos;%1&apos; is too big to read: more than %2 MiB from a sequential device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1102"/>
        <source>its zip holds more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1105"/>
        <source>its zip directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1293"/>
        <source>it has more than %1 shared strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1297"/>
        <source>%1, line %2: shared string %3 has more than %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1305"/>
        <source>its shared strings have more than %1 characters in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1332"/>
        <source>%1, line %2: cell %3 has more than %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1444"/>
        <source>%1, line %2: more than %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1476"/>
        <source>%1, line %2: row %3 has more than %4 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1484"/>
        <source>a sheet has more than %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1485"/>
        <location filename="../models/io/xlsxreader.cpp" line="1517"/>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1548"/>
        <source>It is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1096"/>
        <source>It is an old .xls workbook or a password-protected one; save it from Excel as .xlsx without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1115"/>
        <source>It has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1124"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1029"/>
        <location filename="../models/io/xlsxreader.cpp" line="1138"/>
        <source>%1 is not valid XML (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1222"/>
        <source>sheet &apos;%1&apos; has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1363"/>
        <source>%1 refers to shared string %2, which does not exist (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1005"/>
        <source>&apos;%1&apos; is bigger than Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="170"/>
        <source>Expected character data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="356"/>
        <source>an XML text, tag or comment is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="420"/>
        <location filename="../models/io/xlsxreader.cpp" line="633"/>
        <source>Its text encoding is %1; Office files use UTF-8 or UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="516"/>
        <source>XML elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="530"/>
        <source>an XML element has more than %1 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="537"/>
        <source>the tags of the open XML elements take more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="579"/>
        <source>It has a document type declaration (DTD), which Office files may not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1455"/>
        <source>%1 has an invalid row number &apos;%2&apos; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1461"/>
        <source>%1, line %2: row %3 is past row %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1492"/>
        <source>%1 has an invalid cell reference &apos;%2&apos; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="1498"/>
        <source>%1, line %2: row %3 has a cell past column XFD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="30"/>
        <source>The workbook is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="38"/>
        <source>Could not start the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="42"/>
        <source>Could not add a sheet to the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="60"/>
        <location filename="../models/io/xlsxwriter.cpp" line="73"/>
        <location filename="../models/io/xlsxwriter.cpp" line="119"/>
        <source>The workbook is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="80"/>
        <source>Excel sheets hold at most %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="107"/>
        <source>Could not write row %1, column %2 of the Excel sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/xlsxwriter.cpp" line="133"/>
        <source>Could not write the Excel file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
