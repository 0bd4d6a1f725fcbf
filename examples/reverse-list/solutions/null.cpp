#include <bits/stdc++.h>
using namespace std;

ListNode* reverseList(ListNode* head) {
    return nullptr;
}
