#pragma once

class QTableView;

// The look and behaviour every read-only list in Lodestar shares: whole rows selected one at
// a time, compact rows without row numbers, alternating colours, the last column filling the
// width, nothing edited in place, and the keyboard of every list (Keyboard::setUpList).
class ListTable
{
public:
    static void setUp(QTableView *view);
};
