#include <bits/stdc++.h>
using namespace std;

// Wrong: stops one node early, so the last node is lost.
ListNode* reverseList(ListNode* head) {
    if (!head) return nullptr;
    ListNode* previous = nullptr;
    while (head->next) {
        ListNode* next = head->next;
        head->next = previous;
        previous = head;
        head = next;
    }
    return previous;
}
