namespace Judge.IntegrationTests;

/// <summary>Submissions that behave a known way, per language.</summary>
public static class Programs
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["cpp"] = new Dictionary<string, string>
        {
            ["sum"] = """
                #include <iostream>
                int main() { long long a, b; std::cin >> a >> b; std::cout << a + b << "\n"; }
                """,
            ["wrong"] = """
                #include <iostream>
                int main() { long long a, b; std::cin >> a >> b; std::cout << a - b << "\n"; }
                """,
            ["loop"] = """
                int main() { volatile unsigned long x = 0; for (;;) x++; }
                """,
            ["memory"] = """
                #include <cstdlib>
                #include <cstring>
                #include <cstdio>
                int main() {
                    for (int i = 0; i < 64; i++) {
                        char *p = (char *)std::malloc(64 << 20);
                        if (!p) return 2;
                        std::memset(p, i, 64 << 20);
                    }
                    std::puts("survived");
                }
                """,
            ["crash"] = """
                int main() { volatile int *p = nullptr; *p = 42; return 0; }
                """,
            ["exit3"] = """
                #include <iostream>
                int main() { std::cout << "partial\n"; return 3; }
                """,
            ["syntax"] = """
                int main( { return 0 }
                """,
            ["echo"] = """
                #include <iostream>
                #include <string>
                int main() { std::string s; std::getline(std::cin, s); std::cout << "got " << s << "\n"; std::cerr << "note\n"; }
                """,
        },
        ["python"] = new Dictionary<string, string>
        {
            ["sum"] = """
                a, b = map(int, input().split())
                print(a + b)
                """,
            ["wrong"] = """
                a, b = map(int, input().split())
                print(a - b)
                """,
            ["loop"] = """
                while True:
                    pass
                """,
            ["memory"] = """
                blocks = [bytearray(64 << 20) for _ in range(64)]
                print("survived")
                """,
            ["crash"] = """
                raise ValueError("boom")
                """,
            ["exit3"] = """
                import sys
                print("partial")
                sys.exit(3)
                """,
            ["syntax"] = """
                def f(:
                    return 1
                """,
            ["echo"] = """
                import sys
                print("got " + input())
                print("note", file=sys.stderr)
                """,
        },
    };

    public static string Get(string language, string name) => ByLanguage[language][name];
}
