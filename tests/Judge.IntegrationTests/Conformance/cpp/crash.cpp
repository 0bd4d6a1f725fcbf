int main() { volatile int *p = nullptr; *p = 42; return 0; }
