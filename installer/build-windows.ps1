<#
.SYNOPSIS
    Builds Kelisim's Windows installer end to end: venv, PyInstaller one-folder bundle, smoke test, NSIS installer,
    optional code signing.

.DESCRIPTION
    Run on a Windows 10/11 x64 machine from the repository root (or anywhere: the script finds the root):

        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

    Needs: Python 3.11 x64 (python.org or `winget install Python.Python.3.11`), NSIS 3.08 or later
    (`winget install NSIS.NSIS` or `choco install nsis`), and for signing the Windows SDK's signtool.exe.
    The build machine needs internet access for pip; the installer it produces needs none.

    Steps
      1. a fresh venv in .venv-win (-Python picks the interpreter), `pip install .[bundle]` (the program, its
         dependencies and PyInstaller, as pyproject.toml pins them);
      2. PyInstaller with installer\kelisim.spec -> dist\kelisim\ (Kelisim.exe without a console window,
         kelisim-cli.exe with one for the commands and the smoke test, _internal\, licenses\);
      3. the smoke test on a copy of the bundle in %TEMP% with PYTHONPATH and the venv out of the environment:
         `kelisim-cli.exe --smoke` (main window offscreen, a deadline, a sample case, both documents read back);
      4. optional signing of Kelisim.exe and kelisim-cli.exe (before they are packed), then of the uninstaller and
         the installer (makensis runs the same command through SIGN_COMMAND);
      5. makensis installer\kelisim.nsi with the version from pyproject.toml -> dist\Kelisim-<version>-setup.exe,
         its size and SHA-256 printed.

.PARAMETER Python
    The Python 3.11 command to create the venv with (default: "py -3.11" when the launcher exists, else "python").
.PARAMETER Makensis
    Path to makensis.exe (default: on PATH, else %ProgramFiles(x86)%\NSIS\makensis.exe).
.PARAMETER SkipSmoke
    Do not run the smoke test (not recommended).
.PARAMETER SignCertificate
    A .pfx file to sign with (with -SignPassword), or use -SignThumbprint for a certificate in the user's store
    (an EV certificate on a token, for example).
.PARAMETER SignPassword
    The .pfx file's password (a SecureString; or set the environment variable KELISIM_SIGN_PASSWORD). It is never
    written to disk: the signing script makensis calls reads it from that variable.
.PARAMETER SignThumbprint
    The SHA-1 thumbprint of a certificate in Cert:\CurrentUser\My to sign with.
.PARAMETER TimestampUrl
    The RFC 3161 timestamp server (default http://timestamp.digicert.com): a timestamped signature stays valid
    after the certificate expires.
.PARAMETER Signtool
    Path to signtool.exe (default: on PATH, else the newest in the Windows 10/11 SDK).

.EXAMPLE
    installer\build-windows.ps1
.EXAMPLE
    installer\build-windows.ps1 -SignThumbprint 0123456789ABCDEF0123456789ABCDEF01234567
.EXAMPLE
    $env:KELISIM_SIGN_PASSWORD = '...'; installer\build-windows.ps1 -SignCertificate C:\keys\akimat.pfx
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Makensis = "",
    [switch]$SkipSmoke,
    [string]$SignCertificate = "",
    [SecureString]$SignPassword,
    [string]$SignThumbprint = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$Signtool = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Step([string]$text) { Write-Host "==> $text" -ForegroundColor Cyan }
function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "'$exe $($arguments -join ' ')' failed with exit code $LASTEXITCODE" }
}

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Venv = Join-Path $Root ".venv-win"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

# ------------------------------------------------------------------ 1. venv and dependencies
Step "venv in $Venv"
if (-not $Python) { $Python = if (Get-Command py -ErrorAction SilentlyContinue) { "py -3.11" } else { "python" } }
if (-not (Test-Path $VenvPython)) {
    $parts = $Python.Split(" ")
    $extra = @($parts | Select-Object -Skip 1)
    Invoke-Checked $parts[0] (@($extra) + @("-m", "venv", $Venv))
}
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", ".[bundle]")

# The version: pyproject.toml's, the one the program shows in Help -> About.
$Version = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "Could not read the version from pyproject.toml" }
$Numbers = [regex]::Matches($Version, "\d+") | Select-Object -First 3 | ForEach-Object { $_.Value }
$ViVersion = (@($Numbers) + @("0", "0", "0", "0"))[0..3] -join "."
Step "Kelisim $Version (file version $ViVersion)"

# ------------------------------------------------------------------ 2. the one-folder bundle
Step "PyInstaller -> $Dist\kelisim"
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--distpath", $Dist, "--workpath", $Work,
                             "installer\kelisim.spec")
$Bundle = Join-Path $Dist "kelisim"
foreach ($name in @("Kelisim.exe", "kelisim-cli.exe", "licenses\README.txt")) {
    if (-not (Test-Path (Join-Path $Bundle $name))) { throw "The bundle lacks $name" }
}

# ------------------------------------------------------------------ 3. smoke test of a copy, away from the venv
if (-not $SkipSmoke) {
    $Copy = Join-Path ([System.IO.Path]::GetTempPath()) ("kelisim-smoke-" + [guid]::NewGuid().ToString("N"))
    Step "smoke test of a copy in $Copy"
    Copy-Item -Recurse $Bundle $Copy
    $saved = @{}
    foreach ($name in @("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "KELISIM_HOME", "KELISIM_RESOURCES", "QT_PLUGIN_PATH")) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }
    try {
        Invoke-Checked (Join-Path $Copy "kelisim-cli.exe") @("--smoke")
    } finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Remove-Item -Recurse -Force $Copy -ErrorAction SilentlyContinue
    }
}

# ------------------------------------------------------------------ 4. signing (optional)
$SignCommand = $null
if ($SignCertificate -or $SignThumbprint) {
    if (-not $Signtool) {
        $found = Get-Command signtool.exe -ErrorAction SilentlyContinue
        if ($found) { $Signtool = $found.Source }
        else {
            $Signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
                Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
        }
        if (-not $Signtool) { throw "signtool.exe not found: install the Windows SDK or pass -Signtool" }
    }
    $signArgs = @("sign", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", "/d", "Kelisim")
    if ($SignThumbprint) {
        $signArgs += @("/sha1", $SignThumbprint)
    } else {
        if ($SignPassword) {
            $env:KELISIM_SIGN_PASSWORD = [Runtime.InteropServices.Marshal]::PtrToStringBSTR(
                [Runtime.InteropServices.Marshal]::SecureStringToBSTR($SignPassword))
        }
        $signArgs += @("/f", $SignCertificate)
        if ($env:KELISIM_SIGN_PASSWORD) { $signArgs += @("/p", $env:KELISIM_SIGN_PASSWORD) }
    }
    Step "signing the programs with $Signtool"
    Invoke-Checked $Signtool ($signArgs + @((Join-Path $Bundle "Kelisim.exe"), (Join-Path $Bundle "kelisim-cli.exe")))
    # makensis signs the uninstaller and the installer through this script (the password stays in the environment).
    $SignCommand = Join-Path $Work "sign.cmd"
    $cmdArgs = $signArgs | ForEach-Object {
        if ($env:KELISIM_SIGN_PASSWORD -and $_ -eq $env:KELISIM_SIGN_PASSWORD) { '"%KELISIM_SIGN_PASSWORD%"' }
        elseif ($_ -match '[\s&()^|<>]') { '"' + $_ + '"' } else { $_ } }
    Set-Content -Encoding ASCII -Path $SignCommand -Value ("@`"$Signtool`" " + ($cmdArgs -join " ") + " %*")
}

# ------------------------------------------------------------------ 5. the installer
if (-not $Makensis) {
    $found = Get-Command makensis.exe -ErrorAction SilentlyContinue
    $Makensis = if ($found) { $found.Source } else { "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
}
if (-not (Test-Path $Makensis)) { throw "makensis.exe not found: install NSIS 3 (winget install NSIS.NSIS) or pass -Makensis" }
$Setup = Join-Path $Dist "Kelisim-$Version-setup.exe"
$nsisArgs = @("/WX", "/V2", "/DVERSION=$Version", "/DVI_VERSION=$ViVersion", "/DPAYLOAD=$Bundle", "/DOUTFILE=$Setup",
              "/DICON=$(Join-Path $Root 'resources\icons\kelisim.ico')")
if ($SignCommand) { $nsisArgs += "/DSIGN_COMMAND=$SignCommand" }
Step "makensis -> $Setup"
Invoke-Checked $Makensis ($nsisArgs + @((Join-Path $Root "installer\kelisim.nsi")))

$size = (Get-Item $Setup).Length / 1MB
$hash = (Get-FileHash -Algorithm SHA256 $Setup).Hash
Step ("{0}: {1:N1} MB, SHA-256 {2}" -f $Setup, $size, $hash)
$unpacked = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle {0:N1} MB unpacked" -f $unpacked)
