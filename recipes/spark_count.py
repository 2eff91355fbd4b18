"""framing under Apache Spark: count the parts of a JSON Lines corpus with RDD.pipe.

    spark-submit recipes/spark_count.py CORPUS.jsonl SHARDS_DIR [PARTITIONS] [FRAMING]

Every partition's lines go to `framing count - --output -` on the executor that holds them; each
partition's standard output is one shard, saved as SHARDS_DIR/part-NNNNN in partition order.
Then, on one machine:  framing merge SHARDS_DIR/part-* --corpus CORPUS.jsonl --csv-dir out ...
The framing binary (and lexicons/, given with --lexicons) must exist at the same path on every
executor.
"""
import shlex
import sys

from pyspark import SparkContext

corpus, shards = sys.argv[1], sys.argv[2]
partitions = int(sys.argv[3]) if len(sys.argv) > 3 else 4
framing = sys.argv[4] if len(sys.argv) > 4 else "framing"
lexicons = sys.argv[5] if len(sys.argv) > 5 else "lexicons"

sc = SparkContext(appName="framing-count")
lines = sc.textFile(corpus, partitions)
# One shard per partition: count reads the partition's lines on stdin, writes the shard on stdout.
command = [framing, "count", "-", "--corpus-name", corpus, "--lexicons", lexicons,
           "--output", "-", "--quiet"]
lines.pipe(" ".join(shlex.quote(word) for word in command)).saveAsTextFile(shards)
sc.stop()
