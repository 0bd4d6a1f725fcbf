// testlib.h: a small testlib-compatible header that this example package brings, as every package must: the judge
// ships no testlib. It is examples/pairs/checker/testlib.h (testlib's checker API) with testlib's interactor API
// added, with testlib's exit codes and verdict words:
//
//   registerTestlibCmd(argc, argv)   checker INPUT OUTPUT ANSWER
//   registerInteraction(argc, argv)  interactor INPUT TOUT [ANSWER]: ouf is stdin (the program's output, read
//                                    as it comes), what the interactor writes to stdout goes to the program
//                                    (flush it: std::endl or std::fflush), tout is an std::ofstream on TOUT
//                                    (for a checker, if the problem has one), ans is empty without ANSWER
//   inf, ouf, ans                    the test's input, the program's output, the expected output
//     readInt, readLong, readDouble, readToken, readWord, readLine, seekEof, eof
//     (a read that fails is a presentation error on ouf, and a checker failure on inf and ans, as in testlib;
//     so the program's output ending where a token or line is expected is a presentation error)
//   quitf(_ok | _wa | _pe | _fail, fmt, ...)   exit 0, 1, 2 or 3; stderr "ok", "wrong answer",
//                                              "wrong output format" or "FAIL", then the message
//   quitp(points, fmt, ...)                   exit 7; stderr "points X message"
//   ensuref(condition, fmt, ...)              FAIL unless the condition holds
//
// A checker's quitf(_ok, ...) with more than whitespace left in the output is a presentation error, as in testlib;
// an interactor's is not (it decides how much of the program's output to read, and waiting for the rest could wait
// forever). An interactor ignores SIGPIPE: a write to a program that has ended fails quietly, and the interactor's
// next read finds the end of the program's output, so its verdict is a wrong answer, not its own crash.
#pragma once

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <string>

enum TResult { _ok = 0, _wa = 1, _pe = 2, _fail = 3, _points = 7 };

[[noreturn]] inline void quit(TResult result, const std::string &message) {
    const char *words = result == _ok ? "ok"
                      : result == _wa ? "wrong answer"
                      : result == _pe ? "wrong output format"
                      : result == _points ? "points"
                      : "FAIL";
    std::fprintf(stderr, "%s%s%s\n", words, message.empty() ? "" : " ", message.c_str());
    std::exit(result);
}

inline std::string vformat(const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int length = std::vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    std::string text(length > 0 ? length : 0, '\0');
    std::vsnprintf(text.data(), text.size() + 1, fmt, ap);
    return text;
}

inline std::string format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string text = vformat(fmt, ap);
    va_end(ap);
    return text;
}

// A file is read whole when opened; the interactor's stdin byte by byte as the reads need it (a read of the whole
// stream would wait for the program to end), keeping only the token or line being read: what was read before is
// forgotten, and a token or line longer than MaxPiece is the stream's error (a presentation error on ouf), so a
// program that sends an endless line gets a verdict instead of running the interactor out of memory.
struct InStream {
    static constexpr size_t MaxPiece = 1 << 20;
    std::string data;
    size_t pos = 0;
    TResult onError = _fail;
    std::string name;
    std::FILE *stream = nullptr;

    void open(const char *path, TResult errorResult, const char *streamName) {
        onError = errorResult;
        name = streamName;
        std::FILE *file = std::fopen(path, "rb");
        if (!file) quit(_fail, format("cannot open the %s file %s", streamName, path));
        char buffer[1 << 16];
        size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) data.append(buffer, n);
        std::fclose(file);
    }

    void attach(std::FILE *file, TResult errorResult, const char *streamName) {
        onError = errorResult;
        name = streamName;
        stream = file;
    }

    [[noreturn]] void fail(const std::string &message) { quit(onError, message); }

    // Whether data[pos] exists; on a stream, reads one more byte when needed (waiting for the program to write it).
    bool available() {
        while (pos >= data.size() && stream) {
            int c = std::getc(stream);
            if (c == EOF) {
                stream = nullptr;
                break;
            }
            data.push_back(static_cast<char>(c));
        }
        return pos < data.size();
    }

    bool eof() { return !available(); }

    // On a stream, forgets what was read.
    void compact() {
        if (stream && pos > 0) {
            data.erase(0, pos);
            pos = 0;
        }
    }

    // One more byte of the piece that starts at start; a piece over MaxPiece is the stream's error.
    void advance(size_t start, const char *piece) {
        if (++pos - start > MaxPiece) fail(format("a %s longer than %zu bytes", piece, MaxPiece));
    }

    void skipBlanks() {
        compact();
        while (available() && std::isspace(static_cast<unsigned char>(data[pos]))) {
            pos++;
            compact();
        }
    }

    bool seekEof() {
        skipBlanks();
        return eof();
    }

    std::string readToken() {
        skipBlanks();
        if (eof()) fail("Unexpected end of file - token expected");
        size_t start = pos;
        while (available() && !std::isspace(static_cast<unsigned char>(data[pos]))) advance(start, "token");
        return data.substr(start, pos - start);
    }

    std::string readWord() { return readToken(); }

    long long readLong() {
        std::string token = readToken();
        size_t digits = token[0] == '-' ? 1 : 0;
        bool valid = token.size() > digits && token.size() - digits <= 19;
        for (size_t i = digits; valid && i < token.size(); i++) valid = std::isdigit(static_cast<unsigned char>(token[i]));
        errno = 0;
        long long value = valid ? std::strtoll(token.c_str(), nullptr, 10) : 0;
        if (!valid || errno == ERANGE) fail(format("Expected integer, but \"%s\" found", token.c_str()));
        return value;
    }

    int readInt() {
        long long value = readLong();
        if (value < INT_MIN || value > INT_MAX) fail(format("Expected int32, but %lld found", value));
        return static_cast<int>(value);
    }

    double readDouble() {
        std::string token = readToken();
        char *end = nullptr;
        double value = std::strtod(token.c_str(), &end);
        if (end != token.c_str() + token.size()) fail(format("Expected double, but \"%s\" found", token.c_str()));
        return value;
    }

    std::string readLine() {
        compact();
        if (eof()) fail("Unexpected end of file - line expected");
        size_t start = pos;
        while (available() && data[pos] != '\n') advance(start, "line");
        std::string line = data.substr(start, pos - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        pos++;
        return line;
    }
};

inline InStream inf, ouf, ans;
inline std::ofstream tout;
inline bool interaction = false;

inline void registerTestlibCmd(int argc, char *argv[]) {
    if (argc < 4) quit(_fail, "usage: checker INPUT OUTPUT ANSWER");
    inf.open(argv[1], _fail, "input");
    ouf.open(argv[2], _pe, "output");
    ans.open(argv[3], _fail, "answer");
}

inline void registerInteraction(int argc, char *argv[]) {
    if (argc < 3) quit(_fail, "usage: interactor INPUT TOUT [ANSWER]");
    interaction = true;
    std::signal(SIGPIPE, SIG_IGN);
    inf.open(argv[1], _fail, "input");
    tout.open(argv[2]);
    if (!tout) quit(_fail, format("cannot open the tout file %s", argv[2]));
    if (argc > 3) ans.open(argv[3], _fail, "answer");
    ouf.attach(stdin, _pe, "output");
}

[[noreturn]] inline void quitf(TResult result, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string message = vformat(fmt, ap);
    va_end(ap);
    if (result == _ok && !interaction && !ouf.seekEof()) quit(_pe, "Extra information in the output file");
    quit(result, message);
}

[[noreturn]] inline void quitp(double points, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string message = vformat(fmt, ap);
    va_end(ap);
    std::string number = format("%.10f", points);
    while (number.find('.') != std::string::npos && (number.back() == '0' || number.back() == '.')) {
        bool point = number.back() == '.';
        number.pop_back();
        if (point) break;
    }
    quit(_points, message.empty() ? number : number + " " + message);
}

inline void ensuref(bool condition, const char *fmt, ...) {
    if (condition) return;
    va_list ap;
    va_start(ap, fmt);
    std::string message = vformat(fmt, ap);
    va_end(ap);
    quit(_fail, message);
}
