#!/usr/bin/env bash
# Parse a directory of documents with Spark (local[2]) through
# `gongwen parse --stdin-jsonl` and write Parquet.
#
#   examples/spark/run.sh [CORPUS_DIR] [OUTPUT_DIR]
#
# Defaults: ../shared/corpus next to the crate, and target/spark-out.
# Needs Python 3.9+, Java 17+ and cargo. Sets up a virtualenv with pyspark
# from PyPI in target/spark-venv (override with GONGWEN_SPARK_VENV).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
output="${2:-$root/target/spark-out}"
venv="${GONGWEN_SPARK_VENV:-$root/target/spark-venv}"

if ! java -version >/dev/null 2>&1; then
    echo "run.sh: Spark needs Java 17 or later on PATH" >&2
    exit 1
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import pyspark' >/dev/null 2>&1; then
    "$venv/bin/pip" install --quiet 'pyspark>=3.5'
fi

cargo build --release --features cli --manifest-path "$root/Cargo.toml"

export PYSPARK_PYTHON="$venv/bin/python"
exec "$venv/bin/python" "$here/gongwen_spark.py" \
    --gongwen "$root/target/release/gongwen" "$corpus" "$output"
