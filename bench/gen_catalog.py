#!/usr/bin/env python3
"""Writes a synthetic jllm catalog of N model families (same schema as
catalog/models/*.toml) for the scale benchmark in bench/run. Families cite
developer and license ids of the built-in catalog, so the file is valid as
an overlay (--catalog) on it. Deterministic: the same N gives the same file.

usage: gen_catalog.py N OUT.toml
"""
import random
import sys

DEVELOPERS = ["cyberagent", "swallow-project", "elyza", "rinna", "sb-intuitions", "llmc",
              "stockmark", "preferred-networks", "karakuri", "abeja"]
LICENSES = [("Apache 2.0", "apache-2.0", "yes"), ("MIT", "mit", "yes"),
            ("Llama 3.1 Community License", "llama-3.1", "conditional"),
            ("CC BY-NC 4.0", "cc-by-nc-4.0", "no")]
ARCHS = ["Llama", "Qwen2.5", "Mistral", "GPT-NeoX", "Gemma 2", "MoE"]
WORDS = ["swallow", "calm", "elyza", "sarashina", "plamo", "tanuki", "karasu", "stockmark",
         "bakeneko", "ruri", "youko", "llm-jp", "fugaku", "shisa", "nekomata"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(n)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            word = rng.choice(WORDS)
            size = rng.choice([0.5, 1.5, 3, 7, 8, 13, 14, 32, 70, 72])
            text, lid, commercial = rng.choice(LICENSES)
            fid = f"syn-{word}-{i}"
            f.write(
                f'[[model]]\nid = "{fid}"\nname = "Syn {word.title()} {i} {size}B"\n'
                f'name_ja = "合成{word}{i}"\ncategory = "text-generation"\n'
                f'approach = "scratch"\nyear = {rng.randint(2019, 2026)}\n'
                f'architecture = "{rng.choice(ARCHS)}"\ncontext_length = {rng.choice([2048, 4096, 8192, 32768])}\n'
                f'developers = ["{rng.choice(DEVELOPERS)}"]\n'
                f'license = {{ text = {{ en = "{text}" }}, ids = ["{lid}"], commercial = "{commercial}" }}\n'
                f'[[model.variants]]\nname = "{size}b"\nhf = "syn/{fid}-{size}b"\n'
                f'url = "https://huggingface.co/syn/{fid}-{size}b"\nparams = {int(size * 1e9)}\n\n'
            )


if __name__ == "__main__":
    main()
