#!/usr/bin/env python3
"""Load every CSV of a framing datapackage.json with pandas, using the declared types only.

Usage: read-with-pandas.py DATAPACKAGE.json
For each resource prints: NAME ROWS column:dtype ... ; exits 1 with a message naming the file
and column when a value does not fit its declared type. Used by the notebook test.
"""
import json
import os
import sys

import pandas as pd

path = sys.argv[1]
package = json.load(open(path, encoding="utf-8"))
folder = os.path.dirname(path)
failed = False
for resource in package["resources"]:
    dialect = resource.get("dialect", {})
    schema = resource["schema"]
    fields = schema["fields"]
    missing = schema.get("missingValues", [""])
    decimal = next((f["decimalChar"] for f in fields if "decimalChar" in f), ".")
    dtypes = {}
    dates = []
    for f in fields:
        kind = f["type"]
        if kind == "integer":
            dtypes[f["name"]] = "Int64"
        elif kind == "number":
            dtypes[f["name"]] = "float64"
        elif kind == "date":
            dates.append(f["name"])
            dtypes[f["name"]] = "string"
        else:
            dtypes[f["name"]] = "string"
    file = os.path.join(folder, resource["path"])
    try:
        frame = pd.read_csv(
            file, sep=dialect.get("delimiter", ","), quotechar=dialect.get("quoteChar", '"'),
            encoding=resource.get("encoding", "utf-8"), decimal=decimal, dtype=dtypes,
            keep_default_na=False, na_values=missing)
        for name in dates:
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d", errors="raise")
        for f in fields:
            if f["type"] == "boolean":
                values = set(frame[f["name"]].dropna())
                if not values <= {"true", "false"}:
                    raise ValueError(f"column {f['name']}: not boolean: {sorted(values)[:3]}")
                frame[f["name"]] = frame[f["name"]].map({"true": True, "false": False})
    except Exception as error:  # report the file, go on with the others
        print(f"{resource['path']}: {error}")
        failed = True
        continue
    if list(frame.columns) != [f["name"] for f in fields]:
        print(f"{resource['path']}: columns {list(frame.columns)} differ from the schema")
        failed = True
        continue
    kinds = " ".join(f"{c}:{frame[c].dtype}" for c in frame.columns)
    print(resource["name"], len(frame), kinds)
sys.exit(1 if failed else 0)
