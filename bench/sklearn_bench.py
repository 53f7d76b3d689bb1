#!/usr/bin/python3
"""scikit-learn / numpy side of `dotnet run -c Release --project Pipeline -- bench`.

The .NET bench writes the matrices (raw little-endian float64, row-major) and a manifest; this
script runs the same work on the same numbers and writes its timings as JSON:

    /usr/bin/python3 bench/sklearn_bench.py MANIFEST.json RESULT.json

Run with Debian's python3-sklearn (apt-get install python3-sklearn), not a virtualenv's python.
"""
import json
import resource
import sys
import time

import numpy as np
import sklearn
import threadpoolctl
from sklearn.cluster import KMeans


def load(entry):
    return np.fromfile(entry["file"], dtype="<f8").reshape(entry["rows"], entry["cols"])


def kmeans(manifest):
    results = {}
    for entry in manifest["kmeans"]:
        x = load(entry)
        started = time.perf_counter()
        model = KMeans(n_clusters=manifest["k"], n_init=manifest["nInit"], tol=manifest["tol"],
                       random_state=manifest["seed"]).fit(x)
        seconds = time.perf_counter() - started
        results[entry["name"]] = {"seconds": seconds, "inertia": float(model.inertia_), "nIter": int(model.n_iter_)}
    return results


def cosine_top(manifest):
    catalog = load(manifest["catalog"])
    queries = load(manifest["queries"])
    top = manifest["top"]
    # Normalising the catalog is index building, done once; only the per-query work is timed.
    norms = np.linalg.norm(catalog, axis=1, keepdims=True)
    unit = np.divide(catalog, norms, out=np.zeros_like(catalog), where=norms > 0)
    times, tops = [], []
    for query in queries:
        started = time.perf_counter()
        q = query / np.linalg.norm(query)
        similarity = unit @ q
        best = np.argpartition(-similarity, top)[:top]
        best = best[np.lexsort((best, -similarity[best]))]  # best first, ties by row order
        times.append(time.perf_counter() - started)
        tops.append(best.tolist())
    times = np.array(times) * 1000
    return {"medianMs": float(np.median(times)), "meanMs": float(times.mean()), "top": tops}


def main():
    manifest_path, result_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    threads = [p.get("num_threads") for p in threadpoolctl.threadpool_info()]
    result = {
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__, "python": sys.version.split()[0]},
        "threads": max(t for t in threads if t) if threads else None,
        "kmeans": kmeans(manifest),
        "cosine": cosine_top(manifest),
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    with open(result_path, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
