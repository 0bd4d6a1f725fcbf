import java.util.*;

// Java 21: a sealed interface, a record pattern in a switch, a sequenced collection's getLast().
public class Main {
    sealed interface Expr permits Num, Add {}

    record Num(long value) implements Expr {}

    record Add(Expr left, Expr right) implements Expr {}

    static long eval(Expr e) {
        return switch (e) {
            case Num(long v) -> v;
            case Add(Expr l, Expr r) -> eval(l) + eval(r);
        };
    }

    public static void main(String[] args) {
        var in = new Scanner(System.in);
        List<Expr> terms = new ArrayList<>(List.of(new Num(in.nextLong()), new Num(in.nextLong())));
        System.out.println(eval(new Add(terms.getFirst(), terms.getLast())));
    }
}
