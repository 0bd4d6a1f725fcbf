#include <iostream>
int main() { std::cout << "partial\n"; return 3; }
