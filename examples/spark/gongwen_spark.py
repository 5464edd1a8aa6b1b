"""Parse a directory of documents with Spark and `gongwen parse --stdin-jsonl`.

Spark reads every document as bytes, sends one JSON record per document
({"id": <file URI>, "base64": <bytes>}) through the `gongwen` program with
RDD.pipe, and writes one Parquet row per document: a few typed columns for
queries, and the whole document as JSON text.

    python gongwen_spark.py --gongwen target/release/gongwen ../shared/corpus out/

gongwen answers every input line with exactly one output line, in order,
errors included ({"id": …, "error": {"code", "message", "offset"}}), and
exits 0 when every line was answered, so a bad document never fails the job
and `checkCode=True` still catches a crash.
"""

import argparse
import base64
import json
import sys

from pyspark.sql import Row, SparkSession
from pyspark.sql import types as T

# Extensions gongwen itself takes as documents when it walks a directory.
DOCUMENT_GLOB = "*.{txt,text,md,markdown}"

SCHEMA = T.StructType(
    [
        T.StructField("id", T.StringType(), False),
        T.StructField("ok", T.BooleanType(), False),
        T.StructField("error_code", T.StringType(), True),
        T.StructField("error_message", T.StringType(), True),
        T.StructField("encoding", T.StringType(), True),
        T.StructField("script", T.StringType(), True),
        T.StructField("title", T.StringType(), True),
        T.StructField("sections", T.IntegerType(), True),
        T.StructField("signatories", T.ArrayType(T.StringType()), True),
        T.StructField("date_of_issue", T.StringType(), True),
        T.StructField("diagnostics", T.IntegerType(), True),
        T.StructField("document", T.StringType(), True),
    ]
)


def to_record(row):
    """One input line for gongwen: the file's URI as id, its bytes in base64."""
    return json.dumps(
        {"id": row.path, "base64": base64.b64encode(row.content).decode("ascii")}
    )


def to_row(line):
    """One Parquet row from one gongwen output line."""
    out = json.loads(line)
    error = out.get("error")
    if error is not None:
        return Row(
            id=out.get("id", ""), ok=False, error_code=error["code"],
            error_message=error["message"], encoding=None, script=None, title=None,
            sections=None, signatories=None, date_of_issue=None, diagnostics=None,
            document=None,
        )
    footer = out.get("footer") or {}
    date = footer.get("date")
    return Row(
        id=out["id"], ok=True, error_code=None, error_message=None,
        encoding=out["source"]["encoding"], script=out["source"]["script"],
        title=(out.get("title") or {}).get("text"),
        sections=len(out["sections"]),
        signatories=[s["text"] for s in footer.get("signatories", [])],
        date_of_issue=date["text"] if date else None,
        diagnostics=len(out["diagnostics"]),
        document=line,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="directory of documents (walked recursively)")
    parser.add_argument("output", help="Parquet directory to write (overwritten)")
    parser.add_argument("--gongwen", default="gongwen", help="path to the gongwen program")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--partitions", type=int, default=4, help="pipe partitions")
    args = parser.parse_args()

    spark = (
        SparkSession.builder.master(args.master)
        .appName("gongwen")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", DOCUMENT_GLOB)
        .load(args.corpus)
        .select("path", "content")
    )
    # One gongwen process per partition; each gets --jobs 1 because Spark
    # already runs one task per core.
    parsed = (
        files.rdd.map(to_record)
        .repartition(args.partitions)
        .pipe(f"{args.gongwen} parse --stdin-jsonl --jobs 1 --quiet", checkCode=True)
        .map(to_row)
    )
    table = spark.createDataFrame(parsed, SCHEMA)
    table.write.mode("overwrite").parquet(args.output)

    written = spark.read.parquet(args.output)
    total = written.count()
    failed = written.filter(~written.ok).count()
    print(f"gongwen-spark: {total} documents, {failed} failed, written to {args.output}")
    written.groupBy("script", "encoding").count().orderBy("script", "encoding").show()
    (
        written.filter(written.title.isNotNull())
        .select("title", "sections", "signatories", "date_of_issue")
        .orderBy("id")
        .show(5, truncate=24)
    )
    spark.stop()
    return 0 if total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
