// The judge's harness for a function-style problem (generated; docs/function-problems.md): it reads the arguments
// from stdin, one JSON value per parameter, calls {{function}} once, and writes the return value as JSON to
// {{result_path}}. The candidate's own prints go to stdout and never touch the result.
#include <bits/stdc++.h>

namespace judge_harness {

struct Input {
    std::vector<char> data;
    size_t at = 0;

    void load() {
        char chunk[1 << 16];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) data.insert(data.end(), chunk, chunk + n);
        data.push_back('\0');
    }
    [[noreturn]] void fail(const char* what) {
        fprintf(stderr, "judge harness: cannot read the arguments: %s at byte %zu\n", what, at);
        exit(1);
    }
    char peek() {
        while (data[at] == ' ' || data[at] == '\n' || data[at] == '\r' || data[at] == '\t') at++;
        return data[at];
    }
    void expect(char c) {
        if (peek() != c) fail("unexpected character");
        at++;
    }
    long long integer() {
        peek();
        bool negative = data[at] == '-';
        if (negative) at++;
        if (data[at] < '0' || data[at] > '9') fail("expected an integer");
        unsigned long long value = 0;
        while (data[at] >= '0' && data[at] <= '9') value = value * 10 + (data[at++] - '0');
        return negative ? (long long)(0ULL - value) : (long long)value;
    }
    double real() {
        peek();
        char* end;
        double value = strtod(&data[at], &end);
        if (end == &data[at]) fail("expected a number");
        at = end - data.data();
        return value;
    }
    bool boolean() {
        if (peek() == 't' && !strncmp(&data[at], "true", 4)) { at += 4; return true; }
        if (data[at] == 'f' && !strncmp(&data[at], "false", 5)) { at += 5; return false; }
        fail("expected true or false");
    }
    void utf8(std::string& out, unsigned code) {
        if (code < 0x80) out += (char)code;
        else if (code < 0x800) { out += (char)(0xC0 | code >> 6); out += (char)(0x80 | (code & 0x3F)); }
        else if (code < 0x10000) { out += (char)(0xE0 | code >> 12); out += (char)(0x80 | (code >> 6 & 0x3F)); out += (char)(0x80 | (code & 0x3F)); }
        else { out += (char)(0xF0 | code >> 18); out += (char)(0x80 | (code >> 12 & 0x3F)); out += (char)(0x80 | (code >> 6 & 0x3F)); out += (char)(0x80 | (code & 0x3F)); }
    }
    unsigned hex4() {
        unsigned code = 0;
        for (int i = 0; i < 4; i++) {
            char c = data[at++];
            code = code * 16 + (c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : (fail("bad \\u escape"), 0));
        }
        return code;
    }
    std::string text() {
        expect('"');
        std::string out;
        while (true) {
            char c = data[at++];
            if (c == '"') return out;
            if (c == '\0') fail("unterminated string");
            if (c != '\\') { out += c; continue; }
            switch (char e = data[at++]) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned code = hex4();
                    if (code >= 0xD800 && code < 0xDC00 && data[at] == '\\' && data[at + 1] == 'u') {
                        at += 2;
                        code = 0x10000 + ((code - 0xD800) << 10) + (hex4() - 0xDC00);
                    }
                    utf8(out, code);
                    break;
                }
                default: out += e;
            }
        }
    }
    void read(int& value) { value = (int)integer(); }
    void read(long long& value) { value = integer(); }
    void read(double& value) { value = real(); }
    void read(bool& value) { value = boolean(); }
    void read(std::string& value) { value = text(); }
    template <class T> void read(std::vector<T>& values) {
        expect('[');
        if (peek() == ']') { at++; return; }
        while (true) {
            T value{};
            read(value);
            values.push_back(std::move(value));
            if (peek() == ',') { at++; continue; }
            expect(']');
            return;
        }
    }
    template <class T> T next() {
        T value{};
        read(value);
        return value;
    }
};

struct Output {
    std::string text;

    void write(int value) { write((long long)value); }
    void write(long long value) {
        char buffer[24];
        text.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
    }
    void write(double value) {
        if (std::isnan(value)) { text += "NaN"; return; }
        if (std::isinf(value)) { text += value > 0 ? "Infinity" : "-Infinity"; return; }
        char buffer[32];
        text.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
    }
    void write(bool value) { text += value ? "true" : "false"; }
    void write(const std::string& value) {
        text += '"';
        for (unsigned char c : value) {
            if (c == '"' || c == '\\') { text += '\\'; text += (char)c; }
            else if (c == '\n') text += "\\n";
            else if (c < 0x20) { char buffer[8]; snprintf(buffer, sizeof buffer, "\\u%04x", c); text += buffer; }
            else text += (char)c;
        }
        text += '"';
    }
    template <class T> void write(const std::vector<T>& values) {
        text += '[';
        for (size_t i = 0; i < values.size(); i++) {
            if (i > 0) text += ',';
            write(static_cast<T>(values[i]));
        }
        text += ']';
    }
    void save(const char* path) {
        FILE* file = fopen(path, "wb");
        if (file == nullptr || fwrite(text.data(), 1, text.size(), file) != text.size() || fclose(file) != 0) {
            perror("judge harness: cannot write the return value");
            exit(1);
        }
    }
};

}  // namespace judge_harness

using namespace std;

#include "{{solution_file}}"

signed main() {  // "signed": a solution may "#define int long long"
    judge_harness::Input judge_input;
    judge_input.load();
    {{read_arguments}}
    {{return_type}} result = {{function}}({{arguments}});
    fflush(stdout);
    judge_harness::Output judge_output;
    judge_output.write(result);
    judge_output.save("{{result_path}}");
    return 0;
}
