import java.io.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/**
 * Training run for the class-data-sharing archive of submissions (built into the image): it loads
 * what contest programs commonly use, so that their JVM maps those classes from the archive instead
 * of loading and verifying them. Reads "1 2" from stdin as an A+B program would.
 */
public class Train {
    record Edge(int to, long w) implements Comparable<Edge> {
        public int compareTo(Edge o) { return Long.compare(w, o.w); }
    }

    enum Dir { UP, DOWN }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) throws Exception {
        byte[] input = "3\n1 -2 3\nhello world\n4.5 77777777777\n".getBytes();

        // Reading: Scanner, BufferedReader + StringTokenizer / split, StreamTokenizer, DataInputStream.
        Scanner sc = new Scanner(System.in);
        long a = sc.nextLong(), b = sc.nextLong();
        Scanner s2 = new Scanner(new ByteArrayInputStream(input));
        int n = s2.nextInt();
        long t = 0;
        for (int i = 0; i < n; i++) t += s2.nextLong();
        s2.nextLine();
        String line = s2.nextLine();
        double d = s2.nextDouble();
        BigInteger big = s2.nextBigInteger();
        s2.hasNext();
        s2.close();
        BufferedReader br = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input)));
        StringTokenizer st = new StringTokenizer(br.readLine());
        n = Integer.parseInt(st.nextToken());
        String[] parts = br.readLine().trim().split("\\s+");
        int[] xs = Arrays.stream(parts).mapToInt(Integer::parseInt).toArray();
        List<String> lines = br.lines().collect(Collectors.toList());
        StreamTokenizer stt = new StreamTokenizer(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input))));
        stt.nextToken();
        double nv = stt.nval;
        DataInputStream din = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(input), 1 << 16));
        int c = din.read();

        // Writing: PrintWriter over BufferedWriter / BufferedOutputStream, StringBuilder, printf, format.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        PrintWriter out2 = new PrintWriter(new BufferedOutputStream(new ByteArrayOutputStream()));
        StringBuilder sb = new StringBuilder();
        sb.append(a + b).append('\n').append(1.5).append(' ').append(true).append("x").append(3L);
        out2.printf("%d %s %.6f %5.2f %c%n", n, line, d, nv, 'c');
        out2.println(String.format("%08d|%-5s|%x", 42, "ab", 255));
        out2.println(String.join(",", lines) + big + c + Arrays.toString(xs) + t);
        out2.flush();
        BufferedOutputStream bos = new BufferedOutputStream(new ByteArrayOutputStream());
        bos.write(sb.toString().getBytes());
        bos.flush();

        // Collections and algorithms.
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) list.add((i * 7919) % 1000);
        Collections.sort(list);
        Collections.sort(list, Collections.reverseOrder());
        list.sort(Comparator.naturalOrder());
        list.sort((x, y) -> Integer.compare(y, x));
        Collections.max(list); Collections.min(list); Collections.reverse(list); Collections.swap(list, 0, 1);
        Collections.shuffle(list, new Random(1));
        Collections.frequency(list, 3); Collections.nCopies(3, 0); Collections.emptyList(); Collections.unmodifiableList(list);
        int[] arr = new int[1000];
        long[] larr = new long[1000];
        double[] darr = new double[10];
        char[] carr = "hello".toCharArray();
        Integer[] boxed = new Integer[1000];
        for (int i = 0; i < arr.length; i++) { arr[i] = (i * 31) % 1000; larr[i] = arr[i]; boxed[i] = arr[i]; }
        Arrays.sort(arr); Arrays.sort(larr); Arrays.sort(darr); Arrays.sort(carr);
        Arrays.sort(boxed, (x, y) -> y - x);
        Arrays.sort(boxed, Comparator.comparingInt(x -> x));
        Arrays.fill(arr, 0); Arrays.fill(larr, Long.MAX_VALUE); Arrays.binarySearch(larr, 5);
        int[][] grid = new int[10][10];
        for (int[] row : grid) Arrays.fill(row, -1);
        Arrays.asList(1, 2, 3); Arrays.copyOf(arr, 5); Arrays.copyOfRange(arr, 1, 3); Arrays.equals(arr, arr); Arrays.hashCode(arr);
        Arrays.stream(arr).sum(); Arrays.stream(larr).max(); IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        Map<String, Integer> hm = new HashMap<>();
        hm.put("a", 1); hm.merge("a", 1, Integer::sum); hm.getOrDefault("b", 0); hm.computeIfAbsent("c", k -> 3);
        hm.compute("a", (k, v) -> v == null ? 1 : v + 1); hm.putIfAbsent("d", 4);
        for (Map.Entry<String, Integer> e : hm.entrySet()) { e.getKey(); e.getValue(); }
        hm.forEach((k, v) -> { });
        TreeMap<Long, Integer> tm = new TreeMap<>();
        tm.put(5L, 1); tm.floorKey(6L); tm.ceilingEntry(1L); tm.firstKey(); tm.lastEntry(); tm.headMap(3L); tm.tailMap(3L, true); tm.pollFirstEntry(); tm.descendingMap();
        TreeSet<Integer> ts = new TreeSet<>(list); ts.floor(5); ts.higher(5); ts.first(); ts.pollLast(); ts.descendingSet();
        Set<Integer> hs = new HashSet<>(list); hs.contains(1); hs.remove(1);
        LinkedHashMap<Integer, Integer> lhm = new LinkedHashMap<>(); lhm.put(1, 1);
        LinkedHashSet<Integer> lhs = new LinkedHashSet<>(); lhs.add(1);
        Deque<Integer> dq = new ArrayDeque<>(); dq.offer(1); dq.push(2); dq.pollFirst(); dq.pollLast(); dq.peekFirst(); dq.addLast(3);
        Queue<int[]> q = new LinkedList<>(); q.add(new int[] {1, 2}); q.poll(); q.isEmpty();
        LinkedList<Integer> ll = new LinkedList<>(); ll.add(1); ll.removeFirst();
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        pq.add(new long[] {3, 1}); pq.add(new long[] {1, 2}); pq.poll(); pq.peek();
        PriorityQueue<Edge> pq2 = new PriorityQueue<>(); pq2.add(new Edge(1, 2)); pq2.poll();
        PriorityQueue<Integer> pq3 = new PriorityQueue<>(Collections.reverseOrder()); pq3.add(1);
        Stack<Integer> stack = new Stack<>(); stack.push(1); stack.pop(); stack.isEmpty();
        Vector<Integer> v = new Vector<>(); v.add(1);
        BitSet bs = new BitSet(100); bs.set(3); bs.nextSetBit(0); bs.cardinality();
        Iterator<Integer> it = list.iterator(); it.next(); it.remove();
        ListIterator<Integer> lit = list.listIterator(); lit.next();
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < 5; i++) adj.add(new ArrayList<>());
        @SuppressWarnings("unchecked") ArrayList<Integer>[] g = new ArrayList[5];
        Map<Integer, List<Integer>> groups = list.stream().collect(Collectors.groupingBy(x -> x % 3));
        Map<Integer, Long> counts = list.stream().collect(Collectors.groupingBy(x -> x % 3, Collectors.counting()));
        List<Integer> evens = list.stream().filter(x -> x % 2 == 0).map(x -> x * 2).sorted().distinct().limit(10).collect(Collectors.toList());
        Set<Integer> sset = list.stream().collect(Collectors.toSet());
        Map<Integer, Integer> smap = list.stream().distinct().collect(Collectors.toMap(x -> x, x -> x));
        int sum = list.stream().mapToInt(Integer::intValue).sum();
        OptionalInt mx = IntStream.of(arr).max();
        long cnt = LongStream.range(0, 10).filter(x -> x > 3).count();
        double avg = IntStream.range(0, 10).average().orElse(0);
        String joined = Stream.of("a", "b").map(String::toUpperCase).reduce("", String::concat);
        Optional<Integer> first = list.stream().findFirst();
        list.stream().anyMatch(x -> x > 5); list.stream().allMatch(x -> x >= 0); list.stream().min(Comparator.naturalOrder());
        Function<Integer, Integer> f = x -> x + 1; BiFunction<Integer, Integer, Integer> bf = Integer::sum;
        Supplier<List<Integer>> sup = ArrayList::new; Predicate<Integer> p = x -> x > 0; Consumer<Integer> cons = x -> { };
        IntBinaryOperator op = Math::max; UnaryOperator<String> uo = String::trim; BinaryOperator<Long> bo = Long::sum;
        Comparator<int[]> cmp = Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]).reversed();
        Comparator<Edge> ce = Comparator.comparingLong(Edge::w).thenComparing(Edge::to);

        // Strings, numbers, math.
        String str = "abc" + n + 'x' + 2.5 + big + list.size();
        str.charAt(0); str.substring(1); str.indexOf('b'); str.contains("b"); str.equals("x"); str.compareTo("abd");
        str.toCharArray(); str.chars().filter(Character::isDigit).count(); str.repeat(2); str.strip(); str.isEmpty(); str.isBlank();
        str.replace('a', 'b'); str.replaceAll("[0-9]", ""); str.matches("a.*"); str.startsWith("a"); str.split(""); String.valueOf(3);
        new StringBuilder(str).reverse().insert(0, 'x').deleteCharAt(0).setCharAt(0, 'y');
        Character.isLetter('a'); Character.isUpperCase('A'); Character.toUpperCase('a'); Character.getNumericValue('7');
        Integer.parseInt("12"); Integer.valueOf(5); Integer.toBinaryString(5); Integer.bitCount(7); Integer.signum(-3);
        Integer.highestOneBit(8); Integer.numberOfTrailingZeros(8); Integer.toString(255, 16); Integer.parseInt("ff", 16);
        Long.parseLong("123"); Long.toBinaryString(5); Long.bitCount(7L); Long.numberOfTrailingZeros(8); Double.parseDouble("1.5");
        Double.compare(1, 2); Long.compare(1, 2); Integer.compare(1, 2); Boolean.parseBoolean("true");
        Math.max(1, 2); Math.min(1L, 2L); Math.abs(-1); Math.sqrt(2); Math.pow(2, 10); Math.floorMod(-1, 3); Math.floorDiv(-1, 3);
        Math.log(2); Math.ceil(1.5); Math.floor(1.5); Math.round(1.5); Math.hypot(3, 4); Math.addExact(1, 2); Math.multiplyExact(2L, 3L);
        big = BigInteger.valueOf(2).pow(100).mod(BigInteger.TEN).add(BigInteger.ONE).multiply(new BigInteger("123")).modPow(BigInteger.TWO, BigInteger.valueOf(97));
        big.gcd(BigInteger.TEN); big.compareTo(BigInteger.ZERO); big.toString(); big.longValue(); big.isProbablePrime(10);
        BigDecimal bd = new BigDecimal("1.5").add(BigDecimal.ONE).setScale(3, java.math.RoundingMode.HALF_UP);
        bd.toPlainString();
        new Random().nextInt(10); new Random(5).nextLong(); Math.random();
        System.currentTimeMillis(); System.nanoTime();
        Objects.hash(1, 2); Objects.equals(a, b); Objects.requireNonNull(str);
        Dir dir = Dir.valueOf("UP"); Dir.values(); dir.ordinal(); EnumMap<Dir, Integer> em = new EnumMap<>(Dir.class); em.put(Dir.UP, 1);
        Edge e1 = new Edge(1, 2); e1.toString(); e1.hashCode(); e1.equals(e1);
        var memo = new long[50]; Arrays.fill(memo, -1);
        int fb = fib(20);
        try { int[] z = new int[1]; z[2] = 1; } catch (ArrayIndexOutOfBoundsException ex) { ex.getMessage(); }
        try { Object o = "s"; Integer bad = (Integer) o; } catch (ClassCastException ex) { ex.getMessage(); }
        try { throw new IllegalStateException("x"); } catch (RuntimeException ex) { ex.getMessage(); }
        Thread th = new Thread(null, () -> { }, "worker", 1 << 20); th.start(); th.join();

        sb.append(str).append(fb).append(sum).append(cnt).append(avg).append(joined).append(first).append(mx).append(groups.size())
          .append(counts.size()).append(evens.size()).append(sset.size()).append(smap.size()).append(cmp).append(ce).append(bd)
          .append(f).append(bf).append(sup).append(p).append(cons).append(op).append(uo).append(bo).append(g.length).append(adj.size());
        out.println(a + b);
        System.out.println(sb.length() > 0 ? "" : "!");
        System.out.print("");
        System.out.printf("%s", "");
        out.flush();
    }
}
