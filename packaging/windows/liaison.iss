; Inno Setup script for the Windows installer. packaging/build.py calls
;   iscc /DAppVersion=<version> /DDistDir=<dist> packaging\windows\liaison.iss
; after PyInstaller has written <dist>\liaison\.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif

[Setup]
AppId={{7B1E3C52-4C1A-4E7B-9B2D-4C49414E0001}
AppName=Liaison
AppVersion={#AppVersion}
AppPublisher=Liaison
DefaultDirName={autopf}\Liaison
DefaultGroupName=Liaison
OutputDir={#DistDir}
OutputBaseFilename=Liaison-{#AppVersion}-setup
SetupIconFile=..\icons\liaison.ico
UninstallDisplayIcon={app}\liaison.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\liaison\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Liaison"; Filename: "{app}\liaison.exe"
Name: "{group}\{cm:UninstallProgram,Liaison}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Liaison"; Filename: "{app}\liaison.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\liaison.exe"; Description: "{cm:LaunchProgram,Liaison}"; Flags: nowait postinstall skipifsilent
