package vn.ptdv.review.endpoint;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SparkSession;

/**
 * The context the Thrift server runs every client statement in: the server opens one per JDBC session
 * ({@link #newSession}) and runs each statement with {@link #sql}, which hands it to the gate. This is the
 * one place a client's SQL enters Spark.
 */
final class EndpointSqlContext extends SQLContext {
    private static final long serialVersionUID = 1L;
    private final transient StatementGate gate;

    EndpointSqlContext(SparkSession session, StatementGate gate) {
        super(session);
        this.gate = gate;
    }

    @Override
    public SQLContext newSession() {
        return new EndpointSqlContext(sparkSession().newSession(), gate);
    }

    @Override
    public Dataset<Row> sql(String statement) {
        return gate.run(sparkSession(), statement);
    }
}
