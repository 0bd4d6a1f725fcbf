// The judge's harness (generated; the candidate's code is in {{solution_file}}): reads the arguments of
// {{function}}({{parameter_names}}) from stdin, one JSON value per line, calls the function once and writes its
// return value as one JSON value to {{result_path}}, never to stdout. One top-level class, JudgeHarness; JDK
// classes are named in full, so the candidate's own classes (Reader, Pair, Main...) cannot clash with them.
final class JudgeHarness {
    public static void main(String[] judgeArgs) throws java.io.IOException {
        In judgeIn = new In(new java.io.FileInputStream(java.io.FileDescriptor.in).readAllBytes());
        try {
            {{read_arguments}}
            judgeIn.end({{parameter_count}});
            {{return_type}} result = new Solution().{{function}}({{arguments}});
            System.out.flush();
            try (Out judgeOut = new Out("{{result_path}}")) {
                judgeOut.write{{return_kind}}(result);
            }
        } catch (In.Malformed e) {
            System.out.flush();
            System.err.println("cannot read the arguments: " + e.getMessage());
            System.exit(1);
        }
        System.out.flush();
        System.exit(0);
    }

    /** The arguments: all of stdin, parsed from its bytes. Whitespace may stand between any two tokens. */
    static final class In {
        /** An argument that does not parse as its parameter's type. */
        static final class Malformed extends RuntimeException {
            Malformed(String message) { super(message, null, false, false); }
        }

        private static final double[] POWERS = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
            1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

        private final byte[] b;
        private final int n;
        private int p;
        private String name = "";
        private int index;

        In(byte[] input) { b = input; n = input.length; }

        // One method per kind ({Kind} of the ReadArgument pattern): each reads one line's value.
        int readInt(String parameter) { begin(parameter); int v = integer(); finish(); return v; }
        long readLong(String parameter) { begin(parameter); long v = long64(); finish(); return v; }
        double readDouble(String parameter) { begin(parameter); double v = real(); finish(); return v; }
        boolean readBool(String parameter) { begin(parameter); boolean v = bool(); finish(); return v; }
        String readString(String parameter) { begin(parameter); String v = string(); finish(); return v; }
        int[] readIntArray(String parameter) { begin(parameter); int[] v = intArray(); finish(); return v; }
        long[] readLongArray(String parameter) { begin(parameter); long[] v = longArray(); finish(); return v; }
        double[] readDoubleArray(String parameter) { begin(parameter); double[] v = doubleArray(); finish(); return v; }
        boolean[] readBoolArray(String parameter) { begin(parameter); boolean[] v = boolArray(); finish(); return v; }
        String[] readStringArray(String parameter) { begin(parameter); String[] v = stringArray(); finish(); return v; }

        int[][] readIntArray2D(String parameter) {
            begin(parameter);
            int[][] rows = new int[8][];
            int k = 0;
            if (open()) {
                do {
                    if (k == rows.length) rows = java.util.Arrays.copyOf(rows, 2 * k);
                    rows[k++] = intArray();
                } while (more());
            }
            finish();
            return java.util.Arrays.copyOf(rows, k);
        }

        long[][] readLongArray2D(String parameter) {
            begin(parameter);
            long[][] rows = new long[8][];
            int k = 0;
            if (open()) {
                do {
                    if (k == rows.length) rows = java.util.Arrays.copyOf(rows, 2 * k);
                    rows[k++] = longArray();
                } while (more());
            }
            finish();
            return java.util.Arrays.copyOf(rows, k);
        }

        double[][] readDoubleArray2D(String parameter) {
            begin(parameter);
            double[][] rows = new double[8][];
            int k = 0;
            if (open()) {
                do {
                    if (k == rows.length) rows = java.util.Arrays.copyOf(rows, 2 * k);
                    rows[k++] = doubleArray();
                } while (more());
            }
            finish();
            return java.util.Arrays.copyOf(rows, k);
        }

        boolean[][] readBoolArray2D(String parameter) {
            begin(parameter);
            boolean[][] rows = new boolean[8][];
            int k = 0;
            if (open()) {
                do {
                    if (k == rows.length) rows = java.util.Arrays.copyOf(rows, 2 * k);
                    rows[k++] = boolArray();
                } while (more());
            }
            finish();
            return java.util.Arrays.copyOf(rows, k);
        }

        String[][] readStringArray2D(String parameter) {
            begin(parameter);
            String[][] rows = new String[8][];
            int k = 0;
            if (open()) {
                do {
                    if (k == rows.length) rows = java.util.Arrays.copyOf(rows, 2 * k);
                    rows[k++] = stringArray();
                } while (more());
            }
            finish();
            return java.util.Arrays.copyOf(rows, k);
        }

        /** After the last argument only whitespace may follow. */
        void end(int count) {
            name = "";
            skip();
            if (p < n) throw fail("more input than the " + count + " argument(s)");
        }

        private void begin(String parameter) {
            name = parameter;
            index++;
            skip();
            if (p >= n) throw fail("no value (the input ends)");
        }

        /** A value is alone on its line: spaces may follow it, then the end of the line or of the input. */
        private void finish() {
            while (p < n && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r')) p++;
            if (p < n && b[p] != '\n') throw fail("unexpected '" + (char) (b[p] & 0xff) + "' after the value");
        }

        private void skip() {
            while (p < n) {
                byte c = b[p];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
                p++;
            }
        }

        /** Reads '['; true when an element follows, false for an empty array (then ']' is read too). */
        private boolean open() {
            skip();
            if (p >= n || b[p] != '[') throw fail("expected an array");
            p++;
            skip();
            if (p < n && b[p] == ']') { p++; return false; }
            return true;
        }

        /** After an element: true on ',' (another element follows), false on ']'. */
        private boolean more() {
            skip();
            if (p < n) {
                byte c = b[p++];
                if (c == ',') return true;
                if (c == ']') return false;
                p--;
            }
            throw fail("expected ',' or ']'");
        }

        private int[] intArray() {
            int[] a = new int[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = integer();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private long[] longArray() {
            long[] a = new long[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = long64();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private double[] doubleArray() {
            double[] a = new double[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = real();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private boolean[] boolArray() {
            boolean[] a = new boolean[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = bool();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        private String[] stringArray() {
            String[] a = new String[16];
            int k = 0;
            if (open()) {
                do {
                    if (k == a.length) a = java.util.Arrays.copyOf(a, 2 * k);
                    a[k++] = string();
                } while (more());
            }
            return k == a.length ? a : java.util.Arrays.copyOf(a, k);
        }

        /** A JSON integer in the 32-bit range: at most 10 digits, accumulated in a long, checked once. */
        private int integer() {
            skip();
            int i = p;
            boolean negative = i < n && b[i] == '-';
            if (negative) i++;
            int start = i;
            long v = 0;
            while (i < n) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                v = v * 10 + d;
                if (++i - start > 10) throw fail("the integer is out of the 32-bit range");
            }
            if (i == start || (i < n && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) throw fail("expected an integer");
            if (negative) v = -v;
            if (v != (int) v) throw fail("the integer " + v + " is out of the 32-bit range");
            p = i;
            return (int) v;
        }

        /** A JSON integer (no fraction, no exponent) in the 64-bit range; accumulated negatively as Long.parseLong does. */
        private long long64() {
            skip();
            int i = p;
            boolean negative = i < n && b[i] == '-';
            if (negative) i++;
            int start = i;
            long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
            long v = 0;
            while (i < n) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                if (v < Long.MIN_VALUE / 10 || v * 10 < limit + d) throw fail("the integer is out of the 64-bit range");
                v = v * 10 - d;
                i++;
            }
            if (i == start || (i < n && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) throw fail("expected an integer");
            p = i;
            return negative ? v : -v;
        }

        /**
         * A JSON number (or NaN, Infinity, -Infinity). Up to 19 significant digits with a power of ten up to 22 are
         * converted exactly when the digits fit in 53 bits (one correctly rounded operation); anything else by
         * Double.parseDouble, which rounds correctly.
         */
        private double real() {
            skip();
            int start = p, i = p;
            boolean negative = i < n && b[i] == '-';
            if (negative) i++;
            if (i < n && (b[i] == 'N' || b[i] == 'I')) {
                if (!negative && word(i, "NaN")) { p = i + 3; return Double.NaN; }
                if (word(i, "Infinity")) { p = i + 8; return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; }
                throw fail("expected a number");
            }
            long m = 0;
            int digits = 0, exponent = 0, intDigits = 0;
            boolean exact = true;
            for (; i < n; i++, intDigits++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) break;
                if (digits < 19) { m = m * 10 + d; if (m != 0) digits++; }
                else { exponent++; exact &= d == 0; }
            }
            if (intDigits == 0) throw fail("expected a number");
            if (i < n && b[i] == '.') {
                int fraction = 0;
                for (i++; i < n; i++, fraction++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) break;
                    if (digits < 19) { m = m * 10 + d; if (m != 0) digits++; exponent--; }
                    else exact &= d == 0;
                }
                if (fraction == 0) throw fail("expected a digit after '.'");
            }
            if (i < n && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                boolean negativeExponent = i < n && b[i] == '-';
                if (i < n && (b[i] == '-' || b[i] == '+')) i++;
                int e = 0, expDigits = 0;
                for (; i < n; i++, expDigits++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) break;
                    if (e < 100_000_000) e = e * 10 + d;
                }
                if (expDigits == 0) throw fail("expected a digit in the exponent");
                exponent += negativeExponent ? -e : e;
            }
            p = i;
            if (exact && m < (1L << 53) && exponent >= -22 && exponent <= 22) {
                double v = exponent >= 0 ? m * POWERS[exponent] : m / POWERS[-exponent];
                return negative ? -v : v;
            }
            return Double.parseDouble(new String(b, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        private boolean bool() {
            skip();
            if (word(p, "true")) { p += 4; return true; }
            if (word(p, "false")) { p += 5; return false; }
            throw fail("expected true or false");
        }

        private boolean word(int at, String w) {
            if (at + w.length() > n) return false;
            for (int j = 0; j < w.length(); j++) if (b[at + j] != w.charAt(j)) return false;
            return true;
        }

        /** A JSON string: UTF-8 between the quotes, with escapes (\\uXXXX pairs make one supplementary character). */
        private String string() {
            skip();
            if (p >= n || b[p] != '"') throw fail("expected a string");
            int i = ++p;
            boolean ascii = true;
            while (i < n && b[i] != '"' && b[i] != '\\') { ascii &= b[i] >= 0; i++; }
            if (i >= n) throw fail("the string does not end");
            if (b[i] == '"') {
                String s = new String(b, p, i - p, ascii ? java.nio.charset.StandardCharsets.ISO_8859_1 : java.nio.charset.StandardCharsets.UTF_8);
                p = i + 1;
                return s;
            }
            StringBuilder s = new StringBuilder(i - p + 16);
            int run = p;
            while (true) {
                if (i >= n) throw fail("the string does not end");
                byte c = b[i];
                if (c == '"') break;
                if (c != '\\') { i++; continue; }
                if (i > run) s.append(new String(b, run, i - run, java.nio.charset.StandardCharsets.UTF_8));
                if (i + 1 >= n) throw fail("the string does not end");
                byte e = b[i + 1];
                i += 2;
                switch (e) {
                    case '"': s.append('"'); break;
                    case '\\': s.append('\\'); break;
                    case '/': s.append('/'); break;
                    case 'b': s.append('\b'); break;
                    case 'f': s.append('\f'); break;
                    case 'n': s.append('\n'); break;
                    case 'r': s.append('\r'); break;
                    case 't': s.append('\t'); break;
                    case 'u': {
                        if (i + 4 > n) throw fail("expected four hex digits after \\u");
                        int v = 0;
                        for (int j = 0; j < 4; j++) {
                            int h = Character.digit(b[i + j], 16);
                            if (h < 0) throw fail("expected four hex digits after \\u");
                            v = v * 16 + h;
                        }
                        s.append((char) v);
                        i += 4;
                        break;
                    }
                    default: p = i - 1; throw fail("unknown escape \\" + (char) (e & 0xff));
                }
                run = i;
            }
            if (i > run) s.append(new String(b, run, i - run, java.nio.charset.StandardCharsets.UTF_8));
            p = i + 1;
            return s.toString();
        }

        private Malformed fail(String what) {
            int line = 1, column = 1;
            for (int j = 0; j < p && j < n; j++) {
                if (b[j] == '\n') { line++; column = 1; } else column++;
            }
            String where = name.isEmpty() ? "line " + line : "argument " + index + " (" + name + "), line " + line + " column " + column;
            return new Malformed(where + ": " + what);
        }
    }

    /** The return value as JSON, buffered, to the result file. */
    static final class Out implements AutoCloseable {
        private final java.io.FileOutputStream file;
        private final byte[] buf = new byte[1 << 16];
        private int len;

        Out(String path) throws java.io.IOException { file = new java.io.FileOutputStream(path); }

        // One method per kind of return value: write + the return kind (IntArray...).
        void writeInt(int v) throws java.io.IOException { room(11); number(v); }
        void writeLong(long v) throws java.io.IOException { room(20); number(v); }
        void writeDouble(double v) throws java.io.IOException { real(v); }
        void writeBool(boolean v) throws java.io.IOException { ascii(v ? "true" : "false"); }
        void writeString(String v) throws java.io.IOException { string(v); }

        void writeIntArray(int[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { room(12); if (i > 0) buf[len++] = ','; number(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeLongArray(long[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { room(21); if (i > 0) buf[len++] = ','; number(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeDoubleArray(double[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } real(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeBoolArray(boolean[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } ascii(a[i] ? "true" : "false"); }
            room(1); buf[len++] = ']';
        }

        void writeStringArray(String[] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } string(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeIntArray2D(int[][] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } writeIntArray(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeLongArray2D(long[][] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } writeLongArray(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeDoubleArray2D(double[][] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } writeDoubleArray(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeBoolArray2D(boolean[][] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } writeBoolArray(a[i]); }
            room(1); buf[len++] = ']';
        }

        void writeStringArray2D(String[][] a) throws java.io.IOException {
            if (a == null) { ascii("null"); return; }
            room(1); buf[len++] = '[';
            for (int i = 0; i < a.length; i++) { if (i > 0) { room(1); buf[len++] = ','; } writeStringArray(a[i]); }
            room(1); buf[len++] = ']';
        }

        @Override
        public void close() throws java.io.IOException {
            file.write(buf, 0, len);
            len = 0;
            file.close();
        }

        /** Makes room for k more bytes (k is at most the buffer's size). */
        private void room(int k) throws java.io.IOException {
            if (len + k > buf.length) { file.write(buf, 0, len); len = 0; }
        }

        private void ascii(String s) throws java.io.IOException {
            room(s.length());
            for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
        }

        /** Decimal digits of v; the caller has made room for 20 bytes. */
        private void number(long v) {
            if (v == Long.MIN_VALUE) {
                for (int i = 0; i < 20; i++) buf[len++] = (byte) "-9223372036854775808".charAt(i);
                return;
            }
            if (v < 0) { buf[len++] = '-'; v = -v; }
            int end = len + digits(v);
            len = end;
            do { buf[--end] = (byte) ('0' + v % 10); v /= 10; } while (v != 0);
        }

        private static int digits(long v) {
            int d = 1;
            while (v >= 10) { v /= 10; d++; }
            return d;
        }

        /** Double.toString gives a form that reads back to the same double, and NaN, Infinity, -Infinity as such. */
        private void real(double v) throws java.io.IOException {
            if (v == (long) v && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
                room(20); number((long) v); room(2); buf[len++] = '.'; buf[len++] = '0';
                return;
            }
            ascii(Double.toString(v));
        }

        /** JSON-escaped; non-ASCII as UTF-8, a lone surrogate (not UTF-8 encodable) as \\uXXXX. */
        private void string(String s) throws java.io.IOException {
            if (s == null) { ascii("null"); return; }
            room(1); buf[len++] = '"';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                room(12);
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                    buf[len++] = (byte) c;
                } else if (c == '"' || c == '\\') {
                    buf[len++] = '\\'; buf[len++] = (byte) c;
                } else if (c == '\n') {
                    buf[len++] = '\\'; buf[len++] = 'n';
                } else if (c == '\r') {
                    buf[len++] = '\\'; buf[len++] = 'r';
                } else if (c == '\t') {
                    buf[len++] = '\\'; buf[len++] = 't';
                } else if (c < 0x20) {
                    escape(c);
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | c >> 6); buf[len++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[len++] = (byte) (0xF0 | cp >> 18); buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F); buf[len++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    escape(c);
                } else {
                    buf[len++] = (byte) (0xE0 | c >> 12); buf[len++] = (byte) (0x80 | c >> 6 & 0x3F); buf[len++] = (byte) (0x80 | c & 0x3F);
                }
            }
            room(1); buf[len++] = '"';
        }

        private void escape(char c) {
            buf[len++] = '\\'; buf[len++] = 'u';
            for (int shift = 12; shift >= 0; shift -= 4) buf[len++] = (byte) "0123456789abcdef".charAt(c >> shift & 0xF);
        }
    }
}
