using Archive.Cli;

return await CommandLine.RunAsync(ArchiveCli.CreateRoot(), args);
