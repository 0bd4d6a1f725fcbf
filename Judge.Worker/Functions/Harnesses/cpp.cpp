// The judge's harness for a function-style problem (generated; docs/function-problems.md): it reads the arguments
// from stdin, one JSON value per parameter, calls the candidate's function once (a design problem: the class's
// constructor and methods, one call per entry of the test), and writes the return value as JSON to {{result_path}}.
// The candidate's own prints go to stdout and never touch the result.
#include <bits/stdc++.h>
#include <sys/stat.h>

{{#nodes}}
// LeetCode's definitions, as the stub's comment shows them: the candidate's code uses them without defining them.
struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
{{/nodes}}

namespace judge_harness {

struct Input {
    std::vector<char> data;
    size_t at = 0;

    void load() {
        // One buffer of the input's size when stdin is a file (the sandbox's is): no regrowth, no copies, each page
        // touched once (page faults cost more here than parsing).
        struct stat info;
        if (fstat(0, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) data.reserve((size_t)info.st_size + 1);
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
    void read(char& value) {
        std::string one = text();
        if (one.size() != 1) fail("expected a string of one character");
        value = one[0];
    }
    template <class T> void read(std::vector<T>& values) {
        expect('[');
        if (peek() == ']') { at++; return; }
        if constexpr (std::is_arithmetic_v<T>) {  // numbers hold no ',' nor ']': allocated once, at the array's size
            const char* end = (const char*)memchr(&data[at], ']', data.size() - at);
            if (end != nullptr) values.reserve(std::count((const char*)&data[at], end, ',') + 1);
        }
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
    // After an array's element: true when another follows.
    bool more() {
        if (peek() == ',') { at++; return true; }
        expect(']');
        return false;
    }
{{#nodes}}
    // A list: the JSON array of its values ([] the null list). Each node is allocated alone: the candidate may delete it.
    void read(ListNode*& head) {
        ListNode first;
        ListNode* tail = &first;
        expect('[');
        if (peek() == ']') at++;
        else do tail = tail->next = new ListNode((int)integer()); while (more());
        head = first.next;
    }
    // A tree in LeetCode's level order: each node in turn takes the next two entries as its children ([] the null tree).
    void read(TreeNode*& root) {
        std::vector<TreeNode*> nodes;
        expect('[');
        if (peek() == ']') at++;
        else do {
            if (peek() == 'n' && !strncmp(&data[at], "null", 4)) { at += 4; nodes.push_back(nullptr); }
            else nodes.push_back(new TreeNode((int)integer()));
        } while (more());
        root = nodes.empty() ? nullptr : nodes[0];
        if (root == nullptr && nodes.size() > 1) fail("a tree whose root is null has no other node");
        size_t child = 1;
        for (size_t i = 0; i < nodes.size() && child < nodes.size(); i++) {
            if (nodes[i] == nullptr) continue;
            nodes[i]->left = nodes[child++];
            if (child < nodes.size()) nodes[i]->right = nodes[child++];
        }
        if (child < nodes.size()) fail("a node has no parent in the level order");
    }
{{/nodes}}
    // A design problem's second line, the calls' argument lists: each call's arguments are read from its own list.
    size_t items = 0;
    void call(size_t index) {
        if (index > 0) expect(',');
        expect('[');
        items = 0;
    }
    template <class T> T item() {
        if (items++ > 0) expect(',');
        return next<T>();
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
    void write(char value) { write(std::string(1, value)); }
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
{{#nodes}}
    // A list with a cycle (or a tree that is no tree) is cut after this many values: it then differs from any answer.
    static constexpr size_t max_nodes = 1000001;
    void write(ListNode* head) {
        text += '[';
        for (size_t i = 0; head != nullptr && i < max_nodes; i++, head = head->next) {
            if (i > 0) text += ',';
            write(head->val);
        }
        text += ']';
    }
    // LeetCode's level order, null for a missing child, without trailing nulls.
    void write(TreeNode* root) {
        std::vector<TreeNode*> order;
        if (root != nullptr) order.push_back(root);
        size_t last = 0;
        for (size_t i = 0; i < order.size() && i < max_nodes; i++) {
            if (order[i] == nullptr) continue;
            last = i;
            order.push_back(order[i]->left);
            order.push_back(order[i]->right);
        }
        text += '[';
        for (size_t i = 0; i < order.size() && i <= last; i++) {
            if (i > 0) text += ',';
            if (order[i] == nullptr) text += "null";
            else write(order[i]->val);
        }
        text += ']';
    }
{{/nodes}}
    void save(const char* path) {
        FILE* file = fopen(path, "wb");
        if (file == nullptr || fwrite(text.data(), 1, text.size(), file) != text.size() || fclose(file) != 0) {
            perror("judge harness: cannot write the return value");
            exit(1);
        }
    }
};

// ---- Which function is called: LeetCode's `class Solution { public: ... };` pasted as is, or a free function (or a
// global lambda), decided at compile time; a design problem's class, its constructor and its methods, likewise. A
// declaration that does not fit is a compile error whose message (a static assertion marked "[signature]", which the
// worker turns into a line of the candidate's file) says what differs. All of it comes before the candidate's code
// (whose macros cannot reach it) but judge_free_function. ----
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wc++26-extensions"  // static_assert with a computed message (GCC 14, C++26)

template <class T, class R> concept returns = std::is_void_v<R> || std::convertible_to<T, R>;

// A declared function's shape (its parameter and return types), when it is one function (not overloaded, not a
// template): a free function, a method, or an object with one operator() (a lambda).
template <class F> struct shape { static constexpr bool known = false; };
template <class R, class... P> struct shape<R(P...)> {
    static constexpr bool known = true;
    using result = R;
    using parameters = std::tuple<P...>;
};
template <class R, class... P> struct shape<R(P...) noexcept> : shape<R(P...)> {};
template <class F> struct shape<F*> : shape<F> {};
template <class R, class C, class... P> struct shape<R (C::*)(P...)> : shape<R(P...)> {};
template <class R, class C, class... P> struct shape<R (C::*)(P...) const> : shape<R(P...)> {};
template <class R, class C, class... P> struct shape<R (C::*)(P...) noexcept> : shape<R(P...)> {};
template <class R, class C, class... P> struct shape<R (C::*)(P...) const noexcept> : shape<R(P...)> {};
template <class R, class C, class... P> struct shape<R (C::*)(P...) &> : shape<R(P...)> {};
template <class R, class C, class... P> struct shape<R (C::*)(P...) const&> : shape<R(P...)> {};
template <class T> requires std::is_class_v<T> && requires { &T::operator(); }
struct shape<T*> : shape<decltype(&T::operator())> {};

// The shape of what &::f points to, for the candidate's free function f (Free::judge_shape): D keeps the call
// dependent, so an overloaded function (whose address deduces nothing) gives an unknown shape rather than an error.
template <class D, class F> shape<F*> address_shape(F*);

// A message built at compile time (static_assert's message may be any constant with size() and data()).
struct message {
    char text[1000]{};
    std::size_t length = 0;
    constexpr message& operator<<(std::string_view part) {
        for (char c : part) if (length < sizeof text) text[length++] = c;
        return *this;
    }
    constexpr message& operator<<(const message& other) { return *this << std::string_view(other.text, other.length); }
    constexpr message& operator<<(std::size_t number) {
        char digits[20];
        std::size_t n = 0;
        do digits[n++] = (char)('0' + number % 10); while (number /= 10);
        while (n > 0) *this << std::string_view(&digits[--n], 1);
        return *this;
    }
    constexpr std::size_t size() const { return length; }
    constexpr const char* data() const { return text; }
};

// What HarnessDiagnostics takes to the candidate; a design problem's also names the member ("#0" the constructor, "#K"
// the K-th method) whose declaration is required.
constexpr message marked(const message& detail) {
    message out;
    out << "[signature] " << detail;
    return out;
}
constexpr message marked(std::size_t member, const message& detail) {
    message out;
    out << "[signature] #" << member << " " << detail;
    return out;
}

// A type as the candidate writes it: GCC's spelling without std:: and its inner namespaces.
template <class T> constexpr std::string_view raw_name() {
    std::string_view name = __PRETTY_FUNCTION__;
    auto start = name.find("T = ") + 4;
    return name.substr(start, name.find_first_of(";]", start) - start);
}
template <class T> constexpr message type_name() {
    constexpr std::string_view replaced[][2] = {
        {"std::__cxx11::basic_string<char>", "string"}, {"std::__cxx11::", ""}, {"std::", ""}, {"long long int", "long long"},
        {"long int", "long"}, {"short int", "short"}, {"long unsigned int", "unsigned long"}, {" >", ">"},
    };
    message out;
    std::string_view name = raw_name<T>();
    for (std::size_t at = 0; at < name.size();) {
        bool matched = false;
        for (auto& pair : replaced) {
            if (name.substr(at).starts_with(pair[0])) {
                out << pair[1];
                at += pair[0].size();
                matched = true;
                break;
            }
        }
        if (!matched) out << name.substr(at++, 1);
    }
    return out;
}

// The index-th of the parameters' names ("nums, target").
constexpr std::string_view parameter_name(std::string_view names, std::size_t index) {
    for (; index > 0; index--) names.remove_prefix(names.find(", ") + 2);
    return names.substr(0, names.find(','));
}

// What differs between a declared function's shape and the harness's call (R from arguments of types A..., the
// parameters named in names); empty when nothing is found to differ.
// A parameter that takes the argument (a wider number too) is not the one that differs.
template <class Declared, class Passed> constexpr void parameter_difference(message& out, std::string_view what, std::string_view names, std::size_t index) {
    if (std::same_as<std::remove_cvref_t<Declared>, Passed> && std::is_rvalue_reference_v<Declared>) {
        out << what << ": parameter " << (index + 1) << " (" << parameter_name(names, index) << ") is " << type_name<Declared>()
            << "; take it by value, by reference (&) or by const reference (const&)";
    } else if (!std::is_convertible_v<Passed&, Declared>) {
        out << what << ": parameter " << (index + 1) << " (" << parameter_name(names, index) << ") is " << type_name<Declared>()
            << ", but the problem passes " << type_name<Passed>();
    }
}
template <class Declared, class Passed> constexpr void narrowing_difference(message& out, std::string_view what, std::string_view names, std::size_t index) {
    using bare = std::remove_cvref_t<Declared>;
    if constexpr (std::is_arithmetic_v<bare> && std::is_arithmetic_v<Passed> && !requires(Passed value) { bare{value}; }
                  && !(std::is_floating_point_v<bare> && std::numeric_limits<Passed>::digits <= std::numeric_limits<bare>::digits)) {
        out << what << ": parameter " << (index + 1) << " (" << parameter_name(names, index) << ") is " << type_name<Declared>()
            << ", which cannot hold every value of the " << type_name<Passed>() << " the problem passes";
    }
}
template <class Shape, class R, class... A> constexpr message difference(std::string_view what, std::string_view names) {
    message out;
    if constexpr (Shape::known) {
        using parameters = typename Shape::parameters;
        if constexpr (std::tuple_size_v<parameters> != sizeof...(A)) {
            out << what << " takes " << std::tuple_size_v<parameters> << " parameter(s), but the problem passes "
                << sizeof...(A) << " (" << names << ")";
        } else {
            [&]<std::size_t... I>(std::index_sequence<I...>) {
                ((out.length == 0 ? parameter_difference<std::tuple_element_t<I, parameters>, A>(out, what, names, I) : void()), ...);
            }(std::index_sequence_for<A...>{});
            if (out.length == 0 && !returns<typename Shape::result, R>) {
                out << what << " returns " << type_name<typename Shape::result>() << ", but the problem expects " << type_name<R>();
            }
        }
    }
    return out;
}

// "twoSum(vector<int> nums, int target)": the call the harness makes.
template <class... A> constexpr message call_text(std::string_view name, std::string_view names) {
    message out;
    out << name << "(";
    std::size_t index = 0;
    ((out << (index > 0 ? ", " : "") << type_name<A>() << " " << parameter_name(names, index), index++), ...);
    return out << ")";
}

// What a callable declaration still gets wrong (when it is one function): a number parameter that would cut the
// problem's values (int for a long long, int or float for a double; a double for an int is fine), or, with a void
// function, its in-place parameter (InPlace) taken by value or by const& (the judged argument would stay as it was; a
// list or tree, a pointer, may be taken by value: its nodes are what changes).
template <class Shape, std::size_t InPlace, class... A> constexpr message callable_difference(std::string_view what, std::string_view names) {
    message out;
    if constexpr (Shape::known) {
        using parameters = typename Shape::parameters;
        if constexpr (std::tuple_size_v<parameters> == sizeof...(A)) {
            [&]<std::size_t... I>(std::index_sequence<I...>) {
                ((out.length == 0 ? narrowing_difference<std::tuple_element_t<I, parameters>, A>(out, what, names, I) : void()), ...);
            }(std::index_sequence_for<A...>{});
        }
        if constexpr (InPlace < std::tuple_size_v<parameters>) {
            using declared = std::tuple_element_t<InPlace, parameters>;
            if (out.length == 0 && !std::is_pointer_v<std::remove_cvref_t<declared>>
                && (!std::is_lvalue_reference_v<declared> || std::is_const_v<std::remove_reference_t<declared>>)) {
                out << what << ": parameter " << (InPlace + 1) << " (" << parameter_name(names, InPlace) << ") is changed in place (its value after the call is the answer), "
                    << "so it must be taken by reference (" << type_name<std::remove_cvref_t<declared>>() << "&), not as " << type_name<declared>();
            }
        }
    }
    return out;
}

{{#function}}
// S is ::Solution, the candidate's class or fallback::Solution; Free is judge_free_function, defined after the
// candidate's code, which alone can look ::{{function}} up.
struct absent;
namespace fallback {
struct Solution {};
}

template <class S, class R, class... A> concept member_form = !std::same_as<S, fallback::Solution> && requires { new S(); }
    && requires(S& s, A&... a) { { s.{{function}}(a...) } -> returns<R>; };
template <class Free, class R, class... A> concept free_form = requires(A&... a) { { Free::judge_call(a...) } -> returns<R>; };

template <class Free> constexpr auto free_shape() {
    if constexpr (requires { Free::template judge_shape<void>(); }) return decltype(Free::template judge_shape<void>()){};
    else return shape<void>{};
}
template <class S> constexpr auto member_shape() {
    if constexpr (requires { &S::{{function}}; }) return shape<decltype(&S::{{function}})>{};
    else return shape<void>{};
}

constexpr std::string_view names = "{{parameter_names}}";

// Why neither form can be called, for the compile error.
template <class Free, class S, class R, class... A> constexpr message mismatch() {
    message out;
    if constexpr (Free::template judge_declared<absent*>) {
        auto found = difference<decltype(free_shape<Free>()), R, A...>("{{function}}", names);
        if (found.length > 0) return out << found;
        return out << "no declaration of {{function}} can be called as " << call_text<A...>("{{function}}", names);
    } else if constexpr (!std::same_as<S, fallback::Solution>) {
        auto found = difference<decltype(member_shape<S>()), R, A...>("Solution::{{function}}", names);
        if (found.length > 0) return out << found;
        if constexpr (!requires { new S(); }) return out << "class Solution cannot be constructed as new Solution()";
        return out << "class Solution has no public method that can be called as " << call_text<A...>("{{function}}", names);
    } else {
        return out << "no function {{function}} is declared (neither a free function nor a public method of class Solution)";
    }
}

// With a void function, the parameter judged after the call ("{{judged}}": argN).
constexpr std::size_t in_place_index() {
    std::string_view judged = "{{judged}}";
    if (!judged.starts_with("arg")) return std::size_t(-1);
    std::size_t index = 0;
    for (char c : judged.substr(3)) index = index * 10 + (c - '0');
    return index;
}

// Calls the candidate's function: Solution's method (on a new Solution, as LeetCode does) or the free function.
template <class R, class S, class Free, class... A> R call(A&... arguments) {
    if constexpr (member_form<S, R, A...>) {
        constexpr auto copied = callable_difference<decltype(member_shape<S>()), in_place_index(), A...>("Solution::{{function}}", names);
        static_assert(copied.length == 0, marked(copied));
        return static_cast<R>((new S())->{{function}}(arguments...));
    } else if constexpr (free_form<Free, R, A...>) {
        constexpr auto copied = callable_difference<decltype(free_shape<Free>()), in_place_index(), A...>("{{function}}", names);
        static_assert(copied.length == 0, marked(copied));
        return static_cast<R>(Free::judge_call(arguments...));
    } else {
        static_assert(false, marked(mismatch<Free, S, R, A...>()));
        std::abort();
    }
}
{{/function}}
{{#design}}
// A design problem: method_K calls the K-th method on the candidate's object and finds its shape for messages.
{{#methods}}
struct method_{{method_index}} {
    static constexpr std::size_t member = {{method_index}} + 1;
    static constexpr std::string_view what = "{{class}}::{{method}}", name = "{{method}}", names = "{{method_parameter_names}}";
    template <class C, class... A> static auto call(C& object, A&... arguments) -> decltype(object.{{method}}(arguments...)) {
        return object.{{method}}(arguments...);
    }
    template <class C> static constexpr auto declared() {
        if constexpr (requires { &C::{{method}}; }) return shape<decltype(&C::{{method}})>{};
        else return shape<void>{};
    }
};
{{/methods}}

template <class C, class... A> constexpr message constructor_mismatch() {
    message out;
    return out << "class {{class}} has no public constructor that can be called as " << call_text<A...>("{{class}}", "{{constructor_parameter_names}}");
}

// The object, made as LeetCode makes it (new {{class}}(...)).
template <class C, class... A> C* construct(A&... arguments) {
    if constexpr (requires(A&... a) { new C(a...); }) {
        return new C(arguments...);
    } else {
        static_assert(false, marked(0, constructor_mismatch<C, A...>()));
        std::abort();
    }
}

template <class M, class C, class R, class... A> constexpr message method_mismatch() {
    auto found = difference<decltype(M::template declared<C>()), R, A...>(M::what, M::names);
    if (found.length > 0) return found;
    message out;
    return out << "class {{class}} has no public method that can be called as " << call_text<A...>(M::name, M::names);
}

// Calls method M on the object, as returning R.
template <class M, class R, class C> struct invoke {
    C& object;
    template <class... A> R operator()(A&... arguments) const {
        if constexpr (requires(C& c, A&... a) { { M::call(c, a...) } -> returns<R>; }) {
            constexpr auto narrowed = callable_difference<decltype(M::template declared<C>()), std::size_t(-1), A...>(M::what, M::names);
            static_assert(narrowed.length == 0, marked(M::member, narrowed));
            return static_cast<R>(M::call(object, arguments...));
        } else {
            static_assert(false, marked(M::member, method_mismatch<M, C, R, A...>()));
            std::abort();
        }
    }
};
{{/design}}

}  // namespace judge_harness
#pragma GCC diagnostic pop

using namespace std;

#include "{{solution_file}}"

{{#function}}
// After the candidate's code, which may define macros (`#define S second`): every name below starts with judge.
// What ::{{function}} and ::Solution find when the candidate's file declares no such name: a qualified lookup looks
// into a namespace named by a using-directive only when the global namespace itself declares no such name.
namespace judge_harness::fallback {
void {{function}}(judge_harness::absent*);
}
using namespace judge_harness::fallback;

// The candidate's free function (or global lambda), if any: called, told apart from the fallback, and its shape.
struct judge_free_function {
    template <class... judge_types> static auto judge_call(judge_types&... judge_values) -> decltype(::{{function}}(judge_values...)) {
        return ::{{function}}(judge_values...);
    }
    template <class judge_pointer> static constexpr bool judge_declared = !requires(judge_pointer judge_p) { ::{{function}}(judge_p); };
    template <class judge_dependent> static auto judge_shape() -> decltype(judge_harness::address_shape<judge_dependent>(&::{{function}}));
};

signed main() {  // "signed": a solution may "#define int long long"
    judge_harness::Input judge_input;
    judge_input.load();
    {{read_arguments}}
    {{when_value}}{{return_type}} result = judge_harness::call<{{return_type}}, ::Solution, judge_free_function>({{arguments}});
    {{when_void}}judge_harness::call<void, ::Solution, judge_free_function>({{arguments}});
    fflush(stdout);
    judge_harness::Output judge_output;
    judge_output.write({{judged}});
    judge_output.save("{{result_path}}");
    return 0;
}
{{/function}}
{{#design}}
// A design problem: line 1 the calls' names (the class's first), line 2 their argument lists; one JSON array of
// results, null for the constructor and void methods. Every name below starts with judge (the candidate's macros).
signed main() {
    judge_harness::Input judge_input;
    judge_input.load();
    auto judge_calls = judge_input.next<std::vector<std::string>>();
    judge_input.expect('[');
    judge_input.call(0);
    {{constructor_read_arguments}}
    judge_input.expect(']');
    auto* judge_object = judge_harness::construct<::{{class}}>({{constructor_arguments}});
    judge_harness::Output judge_output;
    judge_output.text += "[null";
    for (size_t judge_k = 1; judge_k < judge_calls.size(); judge_k++) {
        judge_input.call(judge_k);
        judge_output.text += ',';
        const std::string& judge_name = judge_calls[judge_k];
        if (false) {
        }
{{#methods}}
        else if (judge_name == "{{method_name}}") {
            {{method_read_arguments}}
            {{when_value}}judge_output.write(judge_harness::invoke<judge_harness::method_{{method_index}}, {{method_return_type}}, ::{{class}}>{*judge_object}({{method_arguments}}));
            {{when_void}}judge_harness::invoke<judge_harness::method_{{method_index}}, void, ::{{class}}>{*judge_object}({{method_arguments}});
            {{when_void}}judge_output.text += "null";
        }
{{/methods}}
        else {
            judge_input.fail("a call names no method of the class");
        }
        judge_input.expect(']');
    }
    judge_input.expect(']');
    fflush(stdout);
    judge_output.text += ']';
    judge_output.save("{{result_path}}");
    return 0;
}
{{/design}}
