package vn.ptdv.review.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry$;
import org.apache.spark.sql.catalyst.analysis.ResolvedNamespace;
import org.apache.spark.sql.catalyst.analysis.ResolvedPersistentView;
import org.apache.spark.sql.catalyst.analysis.ResolvedTable;
import org.apache.spark.sql.catalyst.analysis.ResolvedTempView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedIdentifier;
import org.apache.spark.sql.catalyst.analysis.UnresolvedNamespace;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTable;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedView;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.HiveTableRelation;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.SetCatalogAndNamespace;
import org.apache.spark.sql.catalyst.plans.logical.View;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.delta.catalog.DeltaTableV2;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import scala.collection.JavaConverters;
import vn.ptdv.review.catalog.Tables;

/**
 * What a statement sent to the SQL endpoint may be, as allow-lists checked before anything of it runs:
 * the statement is parsed and checked ({@link #checkParsed}: its kind, the names it reads, the functions
 * it calls), then analyzed, not executed, and checked again ({@link #checkAnalyzed}); it is refused unless
 * <ul>
 *   <li>every node of its plan is a query operator of the list below (no script transforms, no writes),
 *       or it is one of the listed commands that only read the catalog or change the session's current
 *       database;</li>
 *   <li>every relation it reads is a table or view of the catalog in a database its role may read
 *       ({@link Role#databases}): no files addressed by path ({@code parquet.`/etc`},
 *       {@code delta.`/warehouse/bronze.db/members`}), no data source options, no temporary view over files;</li>
 *   <li>every function it calls is one of Spark's built-in functions of the groups listed (aggregates,
 *       arithmetic, strings, dates, arrays, maps, JSON…) or of the few miscellaneous ones listed, so no
 *       {@code reflect}/{@code java_method} into the JVM, no {@code input_file_name}, no user functions;</li>
 *   <li>it sets no setting: {@code SET}, {@code RESET}, {@code ADD JAR}, {@code CREATE FUNCTION} are not
 *       in the lists, so they are refused.</li>
 * </ul>
 * A node, command or function this class has never heard of (a later Spark or Delta) is refused, not run.
 */
public final class StatementPolicy {
    private StatementPolicy() {}

    /** Query operators a SELECT is made of once analyzed; none of them reads anything by itself. */
    static final Set<String> QUERY_NODES = Set.of("Project", "Filter", "Aggregate", "Join", "LateralJoin", "Sort",
            "GlobalLimit", "LocalLimit", "Offset", "Tail", "Union", "Distinct", "Deduplicate", "Intersect", "Except",
            "SubqueryAlias", "View", "Window", "Expand", "Generate", "Sample", "RepartitionByExpression", "Repartition",
            "RebalancePartitions", "ResolvedHint", "WithCTE", "CTERelationDef", "CTERelationRef", "LocalRelation",
            "OneRowRelation", "Range");

    /** Commands that only read the catalog (schemas, names, Delta history) or change the current database. */
    static final Set<String> CATALOG_COMMANDS = Set.of("ShowTables", "ShowTablesCommand", "ShowViews", "ShowNamespaces",
            "ShowColumns", "ShowColumnsCommand", "ShowTableProperties", "ShowTablePropertiesCommand", "DescribeRelation",
            "DescribeTableCommand", "DescribeColumn", "DescribeColumnCommand", "DescribeNamespace", "DescribeDatabaseCommand",
            "DescribeDeltaHistory", "DescribeDeltaHistoryCommand", "DescribeDeltaDetailCommand", "SetCatalogAndNamespace",
            "SetNamespaceCommand");

    /** Groups of Spark's built-in functions (ExpressionInfo.getGroup) that compute on their arguments only. */
    static final Set<String> FUNCTION_GROUPS = Set.of("agg_funcs", "array_funcs", "binary_funcs", "bitwise_funcs",
            "collection_funcs", "conditional_funcs", "conversion_funcs", "csv_funcs", "datetime_funcs", "generator_funcs",
            "hash_funcs", "json_funcs", "lambda_funcs", "map_funcs", "math_funcs", "predicate_funcs", "string_funcs",
            "struct_funcs", "window_funcs", "url_funcs");

    /** Miscellaneous built-ins that reveal nothing but the session's own names and types. */
    static final Set<String> MISC_FUNCTIONS = Set.of("current_catalog", "current_database", "current_schema", "current_user",
            "user", "session_user", "typeof");

    /** Table-valued functions that make rows from their arguments. */
    static final Set<String> TABLE_FUNCTIONS = Set.of("range", "explode", "explode_outer", "inline", "inline_outer",
            "posexplode", "posexplode_outer", "stack", "json_tuple");

    /** The catalog every served table belongs to. */
    static final String SESSION_CATALOG = "spark_catalog";
    /** The empty database every session starts in: its names may be listed, nothing in it is served. */
    static final String DEFAULT_DATABASE = "default";

    /**
     * Commands as the parser makes them, before analysis: only these are analyzed at all (analysis of some
     * others, and of a relation addressed by path, would already read files or the catalog beyond the
     * account's databases).
     */
    static final Set<String> PARSED_COMMANDS = Set.of("ShowTables", "ShowViews", "ShowNamespaces", "ShowColumns",
            "ShowTableProperties", "DescribeRelation", "DescribeColumn", "DescribeNamespace", "DescribeDeltaHistory",
            "DescribeDeltaDetailCommand", "SetNamespaceCommand", "SetCatalogAndNamespace", "CreateViewCommand");

    /** What a parsed plan's leaves may be: names of relations, tables and databases (checked), or rows of literals. */
    static final Set<String> PARSED_LEAVES = Set.of("UnresolvedRelation", "UnresolvedTableValuedFunction", "OneRowRelation",
            "UnresolvedInlineTable", "LocalRelation", "Range", "UnresolvedTableOrView", "UnresolvedTable", "UnresolvedView",
            "UnresolvedNamespace", "CurrentNamespace", "UnresolvedIdentifier");

    /**
     * The parsed statement is of an allowed kind, names only tables of {@code databases} (never a path) and calls
     * only allowed functions: checked before analysis, which would already resolve (and for a path, read) what
     * it names.
     *
     * @throws StatementRefused naming the first thing that is not allowed
     */
    public static void checkParsed(LogicalPlan parsed, Set<String> databases) {
        for (LogicalPlan node : nodes(parsed)) {
            String kind = node.getClass().getSimpleName();
            if (node instanceof Command && !PARSED_COMMANDS.contains(kind)) throw commandRefused(kind);
            if (node instanceof UnresolvedTableValuedFunction tvf) {
                String name = name(tvf.name());
                if (!TABLE_FUNCTIONS.contains(name)) {
                    throw new StatementRefused("the table function " + name + " is not served (allowed: " + new TreeSet<>(TABLE_FUNCTIONS) + ")");
                }
            } else if (node.children().isEmpty() && !(node instanceof Command)) {
                if (!PARSED_LEAVES.contains(kind)) {
                    throw new StatementRefused(kind + " is not served: name a table or view of the catalog (files addressed by path are not served)");
                }
                identifierOf(node).ifPresent(parts -> checkName(parts, databases, node instanceof UnresolvedNamespace));
            }
            for (Expression e : expressions(node)) {
                if (e instanceof UnresolvedFunction f) checkFunction(f);
            }
        }
    }

    /** The multi-part name a parsed leaf names, if it names one. */
    static java.util.Optional<List<String>> identifierOf(LogicalPlan leaf) {
        scala.collection.Seq<String> parts = null;
        if (leaf instanceof UnresolvedRelation r) parts = r.multipartIdentifier();
        else if (leaf instanceof UnresolvedTableOrView t) parts = t.multipartIdentifier();
        else if (leaf instanceof UnresolvedTable t) parts = t.multipartIdentifier();
        else if (leaf instanceof UnresolvedView v) parts = v.multipartIdentifier();
        else if (leaf instanceof UnresolvedNamespace n) parts = n.multipartIdentifier();
        else if (leaf instanceof UnresolvedIdentifier i) parts = i.nameParts();
        return parts == null ? java.util.Optional.empty() : java.util.Optional.of(JavaConverters.seqAsJavaList(parts));
    }

    /**
     * A name is one part (a table of the current database, a common table expression or a temporary view:
     * resolved and checked in analysis), {@code database.table} or {@code spark_catalog.database.table} with
     * the database among {@code databases}. {@code delta.`/path`} and {@code parquet.`/path`} name no such
     * database, and are refused here.
     */
    static void checkName(List<String> parts, Set<String> databases, boolean isNamespace) {
        List<String> p = parts.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        if (!p.isEmpty() && p.get(0).equals(SESSION_CATALOG)) p = p.subList(1, p.size());
        String qualified = String.join(".", parts);
        if (isNamespace) {
            if (p.isEmpty()) return; // the current database, checked once resolved
            if (p.size() == 1 && (databases.contains(p.get(0)) || DEFAULT_DATABASE.equals(p.get(0)))) return;
            throw new StatementRefused("the database " + qualified + " is not served to this account (it may read "
                    + String.join(", ", new TreeSet<>(databases)) + ")");
        }
        if (p.size() == 1) return;
        if (p.size() == 2 && databases.contains(p.get(0))) return;
        throw tableRefused(p.get(0), qualified, databases);
    }

    static StatementRefused commandRefused(String kind) {
        return new StatementRefused("this SQL endpoint is read-only: " + kind.replaceAll("(Command|Statement)$", "")
                + " is refused (queries, SHOW, DESCRIBE, USE and temporary views of queries are served)");
    }

    /** The refusal of a table outside the account's databases; personal data says so, as the analyzer's guard does. */
    static StatementRefused tableRefused(String database, String qualified, Set<String> databases) {
        if (Tables.PERSONAL_DATA_DATABASES.contains(database)) {
            return new StatementRefused("the query reads " + qualified + ", which holds personal data and is not served to this"
                    + " account (the data team reads it with jobs/review sql --personal-data)");
        }
        return new StatementRefused("the table " + qualified + " is not served to this account (it may read "
                + String.join(", ", new TreeSet<>(databases)) + "; files addressed by path are not served)");
    }

    static void checkFunction(UnresolvedFunction f) {
        List<String> parts = JavaConverters.seqAsJavaList(f.nameParts());
        String name = String.join(".", parts).toLowerCase(Locale.ROOT);
        if (parts.size() != 1) {
            throw new StatementRefused("the function " + name + " is not one of Spark's built-in functions: only those are served");
        }
        scala.Option<ExpressionInfo> info = FunctionRegistry$.MODULE$.builtin().lookupFunction(FunctionIdentifier.apply(name));
        if (info.isEmpty()) {
            throw new StatementRefused("the function " + name + " is not one of Spark's built-in functions: only those are served");
        }
        String group = info.get().getGroup();
        if (!FUNCTION_GROUPS.contains(group) && !MISC_FUNCTIONS.contains(name)) {
            throw new StatementRefused("the function " + name + " (" + (group.isEmpty() ? "no group" : group)
                    + ") is not served: functions that reach the JVM, files or the server's settings are refused");
        }
    }

    /**
     * The analyzed statement only reads what {@code databases} holds, with allowed operators or commands.
     *
     * @return the tables and views it reads, {@code database.name}
     * @throws StatementRefused naming what is not allowed
     */
    public static SortedSet<String> checkAnalyzed(LogicalPlan analyzed, Set<String> databases, String currentDatabase) {
        SortedSet<String> read = new TreeSet<>();
        check(analyzed, databases, currentDatabase, read);
        return read;
    }

    static void check(LogicalPlan plan, Set<String> databases, String currentDatabase, SortedSet<String> read) {
        if (plan instanceof Command) {
            checkCommand(plan, databases, currentDatabase, read);
            return;
        }
        for (LogicalPlan node : nodes(plan)) {
            String kind = node.getClass().getSimpleName();
            if (node instanceof View v) {
                // A temporary view is the session's own query, checked through its child; a persisted one is named.
                if (!v.isTempView()) read.add(allowedTable(v.desc(), databases));
            } else if (node instanceof LogicalRelation r) {
                if (r.catalogTable().isEmpty()) throw new StatementRefused("files addressed by path are not served: read the catalog's tables");
                read.add(allowedTable(r.catalogTable().get(), databases));
            } else if (node instanceof HiveTableRelation h) {
                read.add(allowedTable(h.tableMeta(), databases));
            } else if (node instanceof DataSourceV2Relation r) {
                if (r.identifier().isEmpty() || r.catalog().isEmpty() || !SESSION_CATALOG.equals(r.catalog().get().name())) {
                    throw new StatementRefused("files addressed by path and other catalogs are not served: read the catalog's tables");
                }
                read.add(allowed(r.identifier().get(), databases));
            } else if (!QUERY_NODES.contains(kind)) {
                throw new StatementRefused(kind + " is not served: only queries of the catalog's tables and views are");
            }
        }
    }

    static void checkCommand(LogicalPlan command, Set<String> databases, String currentDatabase, SortedSet<String> read) {
        String kind = command.getClass().getSimpleName();
        if (command instanceof ExplainCommand explain) {
            throw new StatementRefused("EXPLAIN is not served over the endpoint (" + explain.mode().name() + ")");
        }
        if (command instanceof CreateViewCommand view) {
            if (view.viewType() == org.apache.spark.sql.catalyst.analysis.PersistedView$.MODULE$) throw commandRefused("CreateView");
            check(view.plan(), databases, currentDatabase, read);
            return;
        }
        if (!CATALOG_COMMANDS.contains(kind)) throw commandRefused(kind);
        if (command instanceof SetCatalogAndNamespace) return; // USE: changes the current database only
        for (LogicalPlan node : nodes(command)) {
            if (node == command) {
                for (Object field : JavaConverters.seqAsJavaList(command.productIterator().toSeq())) {
                    if (field instanceof TableIdentifier t) {
                        String db = t.database().isDefined() ? t.database().get() : currentDatabase;
                        read.add(allowed(db, t.table(), databases));
                    } else if (field instanceof CatalogTable t) {
                        read.add(allowedTable(t, databases));
                    } else if (field instanceof DeltaTableV2 t) {
                        // Delta's DESCRIBE HISTORY / DETAIL hold the table itself: a catalog table, or a path.
                        if (t.catalogTable().isEmpty()) throw new StatementRefused("Delta tables addressed by path are not served");
                        read.add(allowedTable(t.catalogTable().get(), databases));
                    }
                }
            } else if (node instanceof ResolvedTable t) {
                if (!SESSION_CATALOG.equals(t.catalog().name())) throw new StatementRefused("tables addressed by path are not served");
                read.add(allowed(t.identifier(), databases));
            } else if (node instanceof ResolvedPersistentView v) {
                read.add(allowed(v.identifier(), databases));
            } else if (node instanceof ResolvedNamespace ns) {
                List<String> parts = JavaConverters.seqAsJavaList(ns.namespace());
                String db = parts.isEmpty() ? currentDatabase : parts.get(parts.size() - 1);
                if (!databases.contains(db) && !DEFAULT_DATABASE.equals(db)) {
                    throw new StatementRefused("the database " + db + " is not served to this account (" + new TreeSet<>(databases) + ")");
                }
            } else if (node instanceof ResolvedTempView) {
                // the session's own temporary view, itself checked when it was created
            } else if (!node.children().isEmpty()) {
                // an inner node of the command's plan: its leaves are checked
            } else {
                throw new StatementRefused(node.getClass().getSimpleName() + " is not served: name a table or view of the catalog");
            }
        }
    }

    static String allowedTable(CatalogTable table, Set<String> databases) {
        TableIdentifier id = table.identifier();
        return allowed(id.database().isDefined() ? id.database().get() : "", id.table(), databases);
    }

    static String allowed(Identifier id, Set<String> databases) {
        String[] ns = id.namespace();
        return allowed(ns.length == 1 ? ns[0] : String.join(".", ns), id.name(), databases);
    }

    static String allowed(String database, String table, Set<String> databases) {
        String qualified = database + "." + table;
        if (!databases.contains(database)) throw tableRefused(database, qualified, databases);
        return qualified;
    }

    static String name(scala.collection.Seq<String> parts) {
        return String.join(".", JavaConverters.seqAsJavaList(parts)).toLowerCase(Locale.ROOT);
    }

    /**
     * Every node of a plan: its children, the plans inside its expressions (subqueries) and its inner
     * plans (a temporary view's query), depth first.
     */
    static List<LogicalPlan> nodes(LogicalPlan root) {
        List<LogicalPlan> out = new ArrayList<>();
        List<LogicalPlan> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            LogicalPlan p = todo.remove(todo.size() - 1);
            out.add(p);
            todo.addAll(JavaConverters.seqAsJavaList(p.children()));
            for (Object inner : JavaConverters.seqAsJavaList(p.innerChildren())) {
                if (inner instanceof LogicalPlan lp) todo.add(lp);
            }
            for (Expression e : expressions(p)) {
                if (e instanceof SubqueryExpression s) todo.add(s.plan());
            }
        }
        return out;
    }

    /** Every expression of a node, nested ones included. */
    static List<Expression> expressions(LogicalPlan node) {
        List<Expression> out = new ArrayList<>();
        List<Expression> todo = new ArrayList<>(JavaConverters.seqAsJavaList(node.expressions()));
        while (!todo.isEmpty()) {
            Expression e = todo.remove(todo.size() - 1);
            out.add(e);
            todo.addAll(JavaConverters.seqAsJavaList(e.children()));
        }
        return out;
    }
}
