; Kelisim — the Windows installer (NSIS 3, Modern UI 2). Per user, no administrator rights, nothing downloaded.
;
; Build (installer/build-windows.ps1 does it; makensis also runs on Linux, where tests/installer compiles this script
; with a stand-in payload):
;   makensis /DVERSION=0.1.0 /DPAYLOAD=dist\kelisim /DOUTFILE=dist\Kelisim-0.1.0-setup.exe installer\kelisim.nsi
;   VERSION  the version from pyproject.toml (required); VI_VERSION its four numbers for the file properties
;            (optional for a plain x.y.z: "1.2.3rc1" needs /DVI_VERSION=1.2.3.0)
;   PAYLOAD  the PyInstaller one-folder bundle: Kelisim.exe, kelisim-cli.exe, _internal\, licenses\ (required)
;   OUTFILE  the installer to write (default: Kelisim-VERSION-setup.exe next to this script)
;   SIGN_COMMAND  optional: a script that signs the file it is given (the uninstaller, then the installer)
;   ICON     optional: another .ico. makensis works in this script's folder: give paths absolute (the build
;            script does) or relative to installer\.
;
; What it does
; - installs into %LOCALAPPDATA%\Programs\Kelisim (RequestExecutionLevel user: no UAC prompt, nothing machine-wide);
;   the user may choose another folder they can write;
; - Start-menu shortcut; desktop shortcut (optional, ticked by default); an entry in "Apps & features" (HKCU);
; - upgrades in place: an installed version is found through its uninstall entry, its uninstaller is run silently
;   (program files and shortcuts only), then the new files are copied into the same folder;
; - the user's data folder (%APPDATA%\Kelisim: kelisim.db, attachments, documents, backups, templates, settings) is
;   never touched by installing or upgrading; the uninstaller removes it only when "Remove my data" is ticked
;   (never in a silent uninstall unless /REMOVEDATA is given);
; - pages in Russian or English (NSIS has no Kazakh language file; see installer/README.md). Silent: /S, and /D=DIR
;   (last on the command line) for another folder.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z (installer/build-windows.ps1 reads it from pyproject.toml)"
!endif
!ifndef PAYLOAD
  !error "Pass the bundle folder: makensis /DPAYLOAD=dist\kelisim"
!endif
!ifndef OUTFILE
  !define OUTFILE "Kelisim-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "../resources/icons/kelisim.ico"  ; makensis works in this script's folder
!endif

; Signing (installer/build-windows.ps1 -SignCertificate/-SignThumbprint): SIGN_COMMAND is a program or script that
; signs the file named as its argument (build-windows.ps1 writes build\pyinstaller\sign.cmd); makensis runs it on
; the uninstaller before embedding it and on the finished installer.
!ifdef SIGN_COMMAND
  !uninstfinalize '"${SIGN_COMMAND}" "%1"' = 0
  !finalize '"${SIGN_COMMAND}" "%1"' = 0
!endif

!define APP "Kelisim"
!define PUBLISHER "Kelisim"
!define EXE "Kelisim.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kelisim"
!define SETTINGS_KEY "Software\Kelisim\Installer"
!define DATA_DIR "$APPDATA\Kelisim"

; The file properties need four numbers: VI_VERSION (the build scripts pass it: "1.2.3rc1" → "1.2.3.0"), else
; derived here from a plain "x.y.z" (or "x.y.z-suffix").
!ifndef VI_VERSION
  !searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
  !ifndef V_MAJOR
    !define V_MAJOR 0
  !endif
  !ifndef V_MINOR
    !define V_MINOR 0
  !endif
  !ifndef V_PATCH
    !define V_PATCH 0
  !endif
  !searchparse /noerrors "${V_PATCH}" "" V_PATCH_NUMBER "-"
  !ifndef V_PATCH_NUMBER
    !define V_PATCH_NUMBER ${V_PATCH}
  !endif
  !define VI_VERSION "${V_MAJOR}.${V_MINOR}.${V_PATCH_NUMBER}.0"
!endif

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VI_VERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunProgram)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default one when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; Our own strings (Russian and English; NSIS has no Kazakh language file, so the Russian installer's own texts carry
; their Kazakh beside the Russian, as the issue asks; the program itself asks
; for the interface language at its first start).
LangString SecProgram ${LANG_RUSSIAN} "Программа Kelisim / Kelisim бағдарламасы"
LangString SecProgram ${LANG_ENGLISH} "Kelisim program"
LangString SecDesktop ${LANG_RUSSIAN} "Ярлык на рабочем столе / Жұмыс үстеліндегі белгіше"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecProgramUn ${LANG_RUSSIAN} "Программа (файлы и ярлыки) / Бағдарлама (файлдар мен белгішелер)"
LangString SecProgramUn ${LANG_ENGLISH} "The program (files and shortcuts)"
LangString SecRemoveData ${LANG_RUSSIAN} "Удалить мои данные (дела, вложения, документы, резервные копии) / Деректерімді жою (істер, қосымшалар, құжаттар, сақтық көшірмелер)"
LangString SecRemoveData ${LANG_ENGLISH} "Remove my data (cases, attachments, documents, backups)"
LangString RunProgram ${LANG_RUSSIAN} "Запустить Kelisim / Kelisim-ді іске қосу"
LangString RunProgram ${LANG_ENGLISH} "Start Kelisim"
LangString ProgramRunning ${LANG_RUSSIAN} "Kelisim открыт. Закройте программу и нажмите «Повтор».$\r$\nKelisim ашық тұр. Бағдарламаны жауып, «Повтор» (Қайталау) батырмасын басыңыз."
LangString ProgramRunning ${LANG_ENGLISH} "Kelisim is running. Close it and press Retry."
LangString OldVersion ${LANG_RUSSIAN} "Обновление установленной версии (данные пользователя сохраняются)… / Орнатылған нұсқаны жаңарту (пайдаланушы деректері сақталады)…"
LangString OldVersion ${LANG_ENGLISH} "Upgrading the installed version (the user's data is kept)…"
LangString DataKept ${LANG_RUSSIAN} "Данные пользователя оставлены в папке / Пайдаланушы деректері мына қалтада қалдырылды:"
LangString DataKept ${LANG_ENGLISH} "The user's data is kept in"
LangString DataMoved ${LANG_RUSSIAN} "Данные были перенесены в другую папку (Настройки → Папка данных). Эта папка не удаляется; удалите её сами, если данные больше не нужны.$\r$\nДеректер басқа қалтаға көшірілген (Баптаулар → Деректер қалтасы). Ол қалта жойылмайды; деректер енді керек болмаса, оны өзіңіз жойыңыз."
LangString DataMoved ${LANG_ENGLISH} "The data was moved to another folder (Settings → Data folder). That folder is not removed; delete it yourself if the data is no longer needed."
LangString DataRemoveConfirm ${LANG_RUSSIAN} "Удалить все дела, вложения, документы и резервные копии из папки $\r$\n${DATA_DIR}?$\r$\nЭто нельзя отменить.$\r$\n$\r$\n${DATA_DIR} қалтасындағы барлық істер, қосымшалар, құжаттар мен сақтық көшірмелер жойылсын ба?$\r$\nБұл әрекетті болдырмау мүмкін емес."
LangString DataRemoveConfirm ${LANG_ENGLISH} "Delete every case, attachment, document and backup in$\r$\n${DATA_DIR}?$\r$\nThis cannot be undone."

; ------------------------------------------------------------------ installing
Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function WaitUntilClosed
  ; A running Kelisim.exe cannot be replaced: ask the user to close it (a silent install fails instead).
  retry:
  IfFileExists "$INSTDIR\${EXE}" 0 done
  ClearErrors
  FileOpen $0 "$INSTDIR\${EXE}" a
  IfErrors 0 +4
    IfSilent abort
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" IDRETRY retry
    abort:
    Abort
  FileClose $0
  done:
FunctionEnd

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  Call WaitUntilClosed
  ; An installed version: run its uninstaller silently in place (program files and shortcuts; never the data).
  IfFileExists "$INSTDIR\uninstall.exe" 0 fresh
    DetailPrint "$(OldVersion)"
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
    Delete "$INSTDIR\uninstall.exe"
  fresh:
  ; Anything of an older layout left behind is removed with the program folder's own sub-folders.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

; ------------------------------------------------------------------ uninstalling
Section "un.$(SecProgramUn)" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only what the installer put there: the program folder's own files and sub-folders.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\kelisim-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; The start-up cache (kelisim.ui.pyside_boot: compiled code only, no data; rebuilt at the next start).
  RMDir /r "$LOCALAPPDATA\${APP}\cache"
  RMDir "$LOCALAPPDATA\${APP}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept) ${DATA_DIR}"
SectionEnd

; Unticked by default: the data stays unless the user ticks it (and confirms). A silent uninstall (/S, as an upgrade
; runs it) never removes it, unless /REMOVEDATA is on the command line (un.onInit then ticks it).
Section /o "un.$(SecRemoveData)" UnSecData
  SetShellVarContext current
  IfSilent remove
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataRemoveConfirm)" IDYES remove IDNO keep
  remove:
  IfFileExists "${DATA_DIR}\location.json" 0 +3
    IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataMoved)"
  RMDir /r "${DATA_DIR}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  keep:
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
