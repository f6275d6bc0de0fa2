"""End-to-end test of `jllm mcp` with a real MCP client: the official
Python SDK (`mcp` on PyPI, pinned in .ci/run) starts the binary over stdio,
initializes, lists the tools, calls each tool with real arguments and
compares every answer with what the CLI prints with --json for the same
question (`list_models` with license apache and min params 7b against
`jllm list --license apache --min-params 7b --json`, and so on) and has
the SDK validate it against the output schema the tool declares, then
checks tool errors and a resource. A second server, `jllm --lang ja mcp`,
must give its instructions, summaries and "did you mean" in Japanese.

Run: target/mcp-venv/bin/python tests/mcp_client.py target/debug/jllm
(.ci/run creates the venv; CONTRIBUTING.md says how by hand). Ends with
"N passed, M failed" and exits 1 when anything failed.
"""

import asyncio
import json
import os
import subprocess
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

JLLM = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/debug/jllm")

# Each tool: its arguments, the CLI command line asking the same, and the
# key its JSON array sits under in the structured answer (None: an object).
CASES = [
    (
        "list_models",
        {"license": ["apache"], "min_params": "7b"},
        ["list", "--license", "apache", "--min-params", "7b", "--json"],
        "models",
    ),
    (
        "list_models",
        {"commercial": "yes", "category": ["embedding"], "min_context": "8k", "sort": "year"},
        ["list", "--commercial", "--category", "embedding", "--min-context", "8k", "--sort", "year", "--json"],
        "models",
    ),
    (
        "search_models",
        {"query": "swallow", "limit": 5},
        ["search", "swallow", "--limit", "5", "--json"],
        "models",
    ),
    ("get_model", {"query": "swallow-70b"}, ["show", "swallow-70b", "--json"], None),
    (
        "compare_models",
        {"queries": ["swallow-70b", "llama-3.1-swallow-70b"]},
        ["compare", "swallow-70b", "llama-3.1-swallow-70b", "--json"],
        "models",
    ),
    (
        "fit_models",
        {"vram": "24GB", "context": "8k", "developer": ["rinna"]},
        ["fit", "--vram", "24GB", "--context", "8k", "--developer", "rinna", "--json"],
        "checkpoints",
    ),
    (
        "get_results",
        {"suite": "pfgen", "limit": 10},
        ["results", "--suite", "pfgen", "--limit", "10", "--json"],
        "results",
    ),
    ("get_results", {"query": "swallow-70b"}, ["results", "swallow-70b", "--json"], "results"),
    ("list_benchmarks", {}, ["benchmarks", "--json"], "benchmarks"),
    ("catalog_info", {}, ["catalog", "info", "--json"], None),
    (
        "recommend_models",
        {"vram": "24GB", "commercial": "yes", "task": "chat", "limit": 5},
        ["recommend", "--vram", "24GB", "--commercial", "yes", "--task", "chat", "-n", "5", "--json"],
        "checkpoints",
    ),
    ("plan_model", {"query": "swallow-70b"}, ["plan", "swallow-70b", "--json"], "plans"),
]

EXPECTED_TOOLS = {
    "search_models",
    "list_models",
    "get_model",
    "compare_models",
    "fit_models",
    "get_results",
    "list_benchmarks",
    "catalog_info",
    "recommend_models",
    "plan_model",
}

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def cli(words):
    out = subprocess.run([JLLM, *words], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"jllm {' '.join(words)} exited {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


def ids(rows):
    return [r.get("id") or r.get("hf") for r in rows]


def texts(result):
    return " ".join(c.text for c in result.content if getattr(c, "text", None))


async def japanese():
    """`jllm --lang ja mcp`: the server's own texts and the CLI's
    messages it relays are Japanese."""
    params = StdioServerParameters(command=JLLM, args=["--lang", "ja", "mcp"])
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await asyncio.wait_for(session.initialize(), 60)
            text = init.instructions or ""
            check("ja: instructions in Japanese", "読み取り専用" in text and "read-only" not in text, text[:200])
            tools = await asyncio.wait_for(session.list_tools(), 60)
            listing = next(t for t in tools.tools if t.name == "list_models")
            check("ja: tool title", listing.title == "モデル一覧", listing.title)
            rows = cli(["list", "--developer", "rinna", "--json"])
            result = await session.call_tool("list_models", {"developer": ["rinna"]})
            check("ja: summary", texts(result).startswith(f"list_models: {len(rows)} 件"), texts(result))
            bad = await session.call_tool("get_model", {"query": "swalow-70b"})
            message = texts(bad)
            check("ja: the CLI's did you mean", bad.is_error and "もしかして" in message and "swallow-70b" in message, message)
            bad = await session.call_tool("list_models", {"licence": ["mit"]})
            message = texts(bad)
            check("ja: unknown argument", bad.is_error and "もしかして: license" in message, message)


async def main():
    params = StdioServerParameters(command=JLLM, args=["mcp"])
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await asyncio.wait_for(session.initialize(), 60)
            text = init.instructions or ""
            check("instructions name the list", "awesome-japanese-llm" in text, text[:200])
            check("instructions say suites are not comparable", "not comparable" in text, text[-300:])

            tools = await asyncio.wait_for(session.list_tools(), 60)
            names = {t.name for t in tools.tools}
            check("tools/list", names == EXPECTED_TOOLS, sorted(names))
            listing = next(t for t in tools.tools if t.name == "list_models")
            props = listing.input_schema["properties"]
            check(
                "list_models schema has the filters",
                all(k in props for k in ["license", "min_params", "commercial", "since", "min_score"]),
                sorted(props),
            )

            no_schema = [t.name for t in tools.tools if (t.output_schema or {}).get("type") != "object"]
            check("every tool declares an object outputSchema", not no_schema, no_schema)

            called = set()
            for tool, args, words, key in CASES:
                result = await asyncio.wait_for(session.call_tool(tool, args), 120)
                called.add(tool)
                label = f"{tool} {json.dumps(args, ensure_ascii=False)}"
                if result.is_error:
                    check(label, False, result.content)
                    continue
                got = result.structured_content
                try:
                    await session.validate_tool_result(tool, result)
                    check(f"{label}: valid against its outputSchema", True)
                except Exception as e:  # the SDK's own validation error
                    check(f"{label}: valid against its outputSchema", False, e)
                if key is not None:
                    got = got[key]
                want = cli(words)
                if tool == "list_models" and args.get("license") == ["apache"]:
                    check(f"{label}: same ids as jllm list", ids(got) == ids(want), (ids(got), ids(want)))
                    check(f"{label}: not empty", len(got) > 0, "no family")
                check(f"{label} == jllm {' '.join(words)}", got == want, "answers differ")
            check("every tool called", called == EXPECTED_TOOLS, sorted(EXPECTED_TOOLS - called))

            bad = await session.call_tool("list_models", {"license": ["apachee"]})
            message = " ".join(c.text for c in bad.content if getattr(c, "text", None))
            check("unknown license: tool error naming apache", bad.is_error and "apache" in message, message)
            bad = await session.call_tool("list_models", {"min_params": True})
            check("wrong type: tool error", bad.is_error, bad.content)
            bad = await session.call_tool("get_model", {"query": "swalow-70b"})
            message = " ".join(c.text for c in bad.content if getattr(c, "text", None))
            check("typo: did you mean", bad.is_error and "did you mean" in message and "swallow-70b" in message, message)
            huge = await session.call_tool("list_models", {"limit": 2**63})
            check("huge limit: every family", not huge.is_error and len(huge.structured_content["models"]) == len(cli(["list", "--json"])), huge.content)

            res = await session.read_resource("jllm://model/swallow-70b")
            body = json.loads(res.contents[0].text)
            check("resource jllm://model/swallow-70b == jllm show", body == cli(["show", "swallow-70b", "--json"]), "differ")

    await japanese()
    print(f"mcp client: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
