
Register-ArgumentCompleter -Native -CommandName jllm -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $prev = $env:JLLM_COMPLETE;
    $env:JLLM_COMPLETE = "powershell";

    $args = $commandAst.Extent.Text
    $args = $args.Substring(0, [math]::Min($cursorPosition, $args.Length));
    if ($wordToComplete -eq "") {
        $args += " ''";
    }

    $results = Invoke-Expression @"
& jllm -- $args
"@;
    if ($null -eq $prev) {
        Remove-Item Env:\JLLM_COMPLETE;
    } else {
        $env:JLLM_COMPLETE = $prev;
    }
    $results | ForEach-Object {
        $split = $_.Split("`t");
        $cmd = $split[0];

        if ($split.Length -eq 2) {
            $help = $split[1];
        }
        else {
            $help = $split[0];
        }

        [System.Management.Automation.CompletionResult]::new($cmd, $cmd, 'ParameterValue', $help)
    }
};
        
