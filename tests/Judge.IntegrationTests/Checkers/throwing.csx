// A script with a bug: when the output is "throw" it parses the expected output, which is not one number.
var parsed = Output.Trim() == "throw" ? int.Parse(Answer.Trim()) : 0;
return Accept();
