namespace Judge.Bench;

/// <summary>
/// The functions section's two solutions per language, both summing 10^6 ints: a program reading them from stdin the
/// way a fast, idiomatic solution does ("N" then N numbers on a line), and the function <c>long sumOf(int[] values)</c>.
/// </summary>
internal static class FunctionBenchSources
{
    public static readonly IReadOnlyDictionary<string, (string Program, string Function)> Languages = new Dictionary<string, (string, string)>
    {
        ["cpp"] = ("""
            #include <bits/stdc++.h>
            using namespace std;
            int main() {
                ios::sync_with_stdio(false);
                cin.tie(nullptr);
                int n;
                cin >> n;
                vector<int> values(n);
                for (auto& v : values) cin >> v;
                cout << accumulate(values.begin(), values.end(), 0LL) << "\n";
            }
            """, """
            #include <bits/stdc++.h>
            using namespace std;
            long long sumOf(vector<int>& values) { return accumulate(values.begin(), values.end(), 0LL); }
            """),
        ["python"] = ("""
            import sys
            data = sys.stdin.buffer.read().split()
            values = list(map(int, data[1:1 + int(data[0])]))
            print(sum(values))
            """, """
            from typing import List
            def sum_of(values: List[int]) -> int:
                return sum(values)
            """),
        ["java"] = ("""
            import java.io.*;
            import java.util.*;
            public class Main {
                public static void main(String[] args) throws IOException {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
                    int n = Integer.parseInt(in.readLine().trim());
                    StringTokenizer tokens = new StringTokenizer(in.readLine());
                    int[] values = new int[n];
                    for (int i = 0; i < n; i++) values[i] = Integer.parseInt(tokens.nextToken());
                    long sum = 0;
                    for (int v : values) sum += v;
                    System.out.println(sum);
                }
            }
            """, """
            class Solution {
                public long sumOf(int[] values) {
                    long sum = 0;
                    for (int v : values) sum += v;
                    return sum;
                }
            }
            """),
        ["go"] = ("""
            package main

            import (
                "bufio"
                "fmt"
                "os"
                "strconv"
            )

            func main() {
                in := bufio.NewScanner(os.Stdin)
                in.Buffer(make([]byte, 1<<20), 1<<20)
                in.Split(bufio.ScanWords)
                in.Scan()
                n, _ := strconv.Atoi(in.Text())
                values := make([]int, n)
                for i := range values {
                    in.Scan()
                    values[i], _ = strconv.Atoi(in.Text())
                }
                sum := int64(0)
                for _, v := range values {
                    sum += int64(v)
                }
                fmt.Println(sum)
            }
            """, """
            package main

            func sumOf(values []int) int64 {
                sum := int64(0)
                for _, v := range values {
                    sum += int64(v)
                }
                return sum
            }
            """),
        ["javascript"] = ("""
            const data = require('fs').readFileSync(0, 'utf8').split(/\s+/);
            const n = Number(data[0]);
            const values = new Array(n);
            for (let i = 0; i < n; i++) values[i] = Number(data[i + 1]);
            let sum = 0;
            for (const v of values) sum += v;
            console.log(String(sum));
            """, """
            function sumOf(values) {
                let sum = 0;
                for (const v of values) sum += v;
                return sum;
            }
            """),
        ["typescript"] = ("""
            const data: string[] = require('fs').readFileSync(0, 'utf8').split(/\s+/);
            const n = Number(data[0]);
            const values: number[] = new Array(n);
            for (let i = 0; i < n; i++) values[i] = Number(data[i + 1]);
            let sum = 0;
            for (const v of values) sum += v;
            console.log(String(sum));
            """, """
            function sumOf(values: number[]): bigint {
                let sum = 0;
                for (const v of values) sum += v;
                return BigInt(sum);
            }
            """),
        ["csharp"] = ("""
            var n = int.Parse(Console.ReadLine()!);
            var values = Console.ReadLine()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            Console.WriteLine(values.Sum(v => (long)v));
            """, """
            public class Solution
            {
                public long SumOf(int[] values) => values.Sum(v => (long)v);
            }
            """),
    };
}
