// The compiler reads an executable as source: its messages quote binary, not UTF-8.
#include "/usr/bin/true"
int main() {}
