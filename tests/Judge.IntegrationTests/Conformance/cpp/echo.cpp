#include <iostream>
#include <string>
int main() { std::string s; std::getline(std::cin, s); std::cout << "got " << s << "\n"; std::cerr << "note\n"; }
